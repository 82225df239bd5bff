using System.Collections.Concurrent;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>Data pools and their files, per owner (a user's personal context or an organization). A file's row holds what
/// describes it; its bytes are a blob.</summary>
public sealed class DataPoolStore(StateLog state, BlobFolder blobs)
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
        public ConcurrentDictionary<string, Grant> Grants { get; init; } = new(StringComparer.Ordinal);
        public ConcurrentDictionary<string, Share> Shares { get; init; } = new(StringComparer.Ordinal);

        /// <summary>The permission a context has on the pool: OWNER, a share's, or null when it does not see it.</summary>
        public string? PermissionOf(string owner) => owner == Owner ? "OWNER" : Share.Of(Shares.Values, owner);
    }

    public sealed record Grant(string Id, string ServiceId, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);

    /// <param name="Content">The bytes of a file kept by an emulator before blobs, which held them in the row.</param>
    public sealed record StoredFile(string Id, string PoolId, string Name, string ContentType, string? BlobId, long Length,
        DateTimeOffset CreatedAt, byte[]? Content = null)
    {
        public long Size => Content?.LongLength ?? Length;
    }

    readonly DurableMap<Pool> pools = new(state, "datapools");

    // Each file is a row of its own: a change to its pool (a grant, a share, a new name) does not write the files again.
    readonly DurableMap<StoredFile> files = new(state, "datapool-files");

    public IEnumerable<StoredFile> FilesOf(Pool pool) => files.Values.Where(f => f.PoolId == pool.Id).OrderBy(f => f.CreatedAt);

    public StoredFile? FileOf(Pool pool, string fileId) => files.Read(FileKey(pool.Id, fileId));

    public void Add(StoredFile file) => files[FileKey(file.PoolId, file.Id)] = file;

    /// <summary>The file's bytes, streamed.</summary>
    public Stream Open(StoredFile file) =>
        file.BlobId is { } blob ? blobs.Open(blob) : new MemoryStream(file.Content ?? [], writable: false);

    public bool RemoveFile(Pool pool, string fileId)
    {
        if (!files.TryRemove(FileKey(pool.Id, fileId), out var file)) return false;
        if (file.BlobId is { } blob) blobs.Delete(blob);
        return true;
    }

    static string FileKey(string poolId, string fileId) => poolId + "/" + fileId;

    public IEnumerable<Pool> Of(string owner) => pools.Values.Where(p => p.Owner == owner).OrderBy(p => p.CreatedAt);

    /// <summary>The pools a context sees: its own and those shared with it.</summary>
    public IEnumerable<Pool> VisibleTo(string owner) => pools.Values.Where(p => p.PermissionOf(owner) is not null).OrderBy(p =>
        p.CreatedAt);

    /// <summary>The pool, if the context sees it with at least <paramref name="permission"/> (VIEWER, MAINTAINER, OWNER); else as good as
    /// absent.</summary>
    public Pool? Find(string owner, string id, string permission = "VIEWER") =>
        pools.TryGetValue(id, out var pool) && Rank(pool.PermissionOf(owner)) >= Rank(permission) ? pool : null;

    static int Rank(string? permission) => permission switch { "OWNER" => 3, "MAINTAINER" => 2, "VIEWER" => 1, _ => 0 };

    public bool NameTaken(string owner, string name, string? except = null) =>
        Of(owner).Any(p => p.Id != except && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    public Pool Add(string owner, string name, string createdBy, DateTimeOffset now)
    {
        var pool = new Pool(Guid.NewGuid().ToString(), owner, name, createdBy, now);
        pools[pool.Id] = pool;
        return pool;
    }

    /// <summary>Removes the pool with its files.</summary>
    public bool Remove(string owner, string id)
    {
        if (Find(owner, id, "OWNER") is not { } pool || !pools.TryRemove(id)) return false;
        foreach (var file in FilesOf(pool).ToList()) RemoveFile(pool, file.Id);
        return true;
    }
}
