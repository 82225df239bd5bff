using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>Applications per owner, each with the consumer key and secret the gateway accepts.</summary>
public sealed class ApplicationStore(StateLog state)
{
    public sealed class Application(string id, string owner, string name, DateTimeOffset createdAt, string consumerKey,
        string consumerSecret)
    {
        public string Id { get; } = id;
        public string Owner { get; } = owner;
        public string Name { get; set; } = name;
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public string ConsumerKey { get; } = consumerKey;
        public string ConsumerSecret { get; set; } = consumerSecret;
    }

    readonly DurableMap<Application> applications = new(state, "applications");

    public IEnumerable<Application> All => applications.Values;

    public IEnumerable<Application> Of(string owner) => applications.Values.Where(a => a.Owner == owner).OrderBy(a => a.CreatedAt);

    public Application? Find(string owner, string id) => applications.TryGetValue(id, out var a) && a.Owner == owner ? a : null;

    public Application? OfConsumerKey(string key) => applications.Values.FirstOrDefault(a => a.ConsumerKey == key);

    public bool NameTaken(string owner, string name, string? except = null) =>
        Of(owner).Any(a => a.Id != except && string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));

    public Application Add(string owner, string name, DateTimeOffset now)
    {
        var id = Guid.NewGuid().ToString();
        var application = new Application(id, owner, name, now, "app-" + id[..8], NewSecret());
        applications[id] = application;
        return application;
    }

    public bool Remove(string id) => applications.TryRemove(id, out _);

    public static string NewSecret() =>
        Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
