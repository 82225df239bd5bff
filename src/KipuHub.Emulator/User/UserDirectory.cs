using System.Security.Cryptography;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.User;

/// <summary>
/// The users the User API knows, with their editable profiles, profile images and personal access tokens, and the
/// token check of every request (<see cref="Authenticate"/>). Tokens are kept under their hash (<see cref="SecretKey"/>);
/// made here, they authenticate at once and stop when deleted or regenerated. A token the options name (--token,
/// --user) joins the state the first time it starts on it; from then on the state decides, so a token regenerated or
/// deleted stays so after a restart.
/// </summary>
public sealed class UserDirectory
{
    public sealed class Profile(EmulatorUser user, DateTimeOffset createdAt)
    {
        public EmulatorUser User { get; set; } = user;
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public string? CurrentPosition { get; set; }
        public string? Homepage { get; set; }
        public string? About { get; set; }
        public ProfileImage? Image { get; set; }
    }

    public sealed record ProfileImage(byte[] Bytes, string Type);

    public sealed record Token(string Id, string UserId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool IsDefault);

    readonly TimeProvider clock;
    readonly DurableMap<Profile> profiles;
    readonly DurableMap<Token> tokens;

    public UserDirectory(EmulatorOptions options, TimeProvider clock, StateLog state)
    {
        this.clock = clock;
        profiles = new DurableMap<Profile>(state, "user-profiles");
        tokens = new DurableMap<Token>(state, "user-tokens");
        var joined = new DurableMap<Mark>(state, "configured-tokens");
        var now = clock.GetUtcNow();
        foreach (var seeded in new[]
        {
            new EmulatorUser("user-ada", "ada@emulator.local", "Ada Lovelace"),
            new EmulatorUser("user-alan", "alan@emulator.local", "Alan Turing"),
            new EmulatorUser("user-grace", "grace@emulator.local", "Grace Hopper"),
        })
            profiles.TryAdd(seeded.Id, new Profile(seeded, now));
        foreach (var (secret, user) in options.Tokens)
        {
            var key = SecretKey.Of(secret);
            if (!joined.TryAdd(key, new Mark(now))) continue;
            profiles.TryAdd(user.Id, new Profile(user, now));
            tokens.TryAdd(key, new Token("pat-default-" + user.Id, user.Id, "default", now, null, IsDefault: true));
        }
    }

    /// <summary>The user a token belongs to, or null when it is no token of a user (any more).</summary>
    /// <summary>The user of a token that is known and not expired; null otherwise, as the Hub answers 401 to an expired one.</summary>
    public EmulatorUser? Authenticate(string secret) =>
        tokens.Read(SecretKey.Of(secret)) is { } token && !(token.ExpiresAt <= clock.GetUtcNow())
            ? profiles.Read(token.UserId)?.User
            : null;

    public Profile? Find(string id) => profiles.GetValueOrDefault(id);

    public IEnumerable<Profile> All => profiles.Values.OrderBy(p => p.User.Name, StringComparer.Ordinal);

    public Profile Of(EmulatorUser user) => profiles.GetOrAdd(user.Id, _ => new Profile(user, clock.GetUtcNow()));

    public IEnumerable<Token> TokensOf(string userId) => tokens.Values.Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ThenBy(t =>
        t.Id);

    /// <returns>The new token and its secret value.</returns>
    public (Token Token, string Secret) Create(EmulatorUser user, string name, DateTimeOffset? expiresAt, bool isDefault = false)
    {
        var secret = "kqh_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var token = new Token("pat-" + Guid.NewGuid().ToString("N")[..12], user.Id, name, clock.GetUtcNow(), expiresAt, isDefault);
        tokens[SecretKey.Of(secret)] = token;
        return (token, secret);
    }

    public bool Delete(string userId, string tokenId)
    {
        var found = tokens.Entries.FirstOrDefault(t => t.Value.UserId == userId && t.Value.Id == tokenId);
        if (found.Key is null) return false;
        tokens.TryRemove(found.Key);
        return true;
    }

    /// <summary>A new default token; the old default stops working at once.</summary>
    public (Token Token, string Secret) RegenerateDefault(EmulatorUser user)
    {
        foreach (var old in tokens.Entries.Where(t => t.Value.UserId == user.Id && t.Value.IsDefault).Select(t => t.Key).ToList())
            tokens.TryRemove(old);
        return Create(user, "default", null, isDefault: true);
    }

    /// <summary>The user, their tokens and their profile go; the tokens stop working.</summary>
    public void Remove(string userId)
    {
        foreach (var key in tokens.Entries.Where(t => t.Value.UserId == userId).Select(t => t.Key).ToList()) tokens.TryRemove(key);
        profiles.TryRemove(userId, out _);
    }
}
