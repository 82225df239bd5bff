using System.Collections.Concurrent;

namespace KipuHub.Emulator.Platform;

/// <summary>Data pools and their files, per owner (a user's personal context or an organization), in memory.</summary>
public sealed class DataPoolStore
{
    public sealed class Pool(string id, string owner, string name, string createdBy, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;
        public string Owner { get; } = owner;
        public string Name { get; set; } = name;
        public string? ShortDescription { get; set; }
        public string? Description { get; set; }
        public string CreatedBy { get; } = createdBy;
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public DateTimeOffset ModifiedAt { get; set; } = createdAt;
        public ConcurrentDictionary<string, StoredFile> Files { get; } = new(StringComparer.Ordinal);
    }

    public sealed record StoredFile(string Id, string Name, string ContentType, byte[] Content, DateTimeOffset CreatedAt);

    readonly ConcurrentDictionary<string, Pool> pools = new(StringComparer.Ordinal);

    public IEnumerable<Pool> Of(string owner) => pools.Values.Where(p => p.Owner == owner).OrderBy(p => p.CreatedAt);

    /// <summary>The pool, if it is the owner's: another context's pool is as good as absent.</summary>
    public Pool? Find(string owner, string id) => pools.TryGetValue(id, out var pool) && pool.Owner == owner ? pool : null;

    public bool NameTaken(string owner, string name, string? except = null) =>
        Of(owner).Any(p => p.Id != except && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Pool Add(string owner, string name, string createdBy, DateTimeOffset now)
    {
        var pool = new Pool(Guid.NewGuid().ToString(), owner, name, createdBy, now);
        pools[pool.Id] = pool;
        return pool;
    }

    public bool Remove(string owner, string id) => Find(owner, id) is not null && pools.TryRemove(id, out _);
}
