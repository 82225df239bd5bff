using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace KipuHub.Emulator.User;

/// <summary>
/// The users the User API knows, with their editable profiles, profile images and personal access tokens. Tokens
/// made here authenticate at once (they go into <see cref="EmulatorOptions.Tokens"/>) and stop when deleted or
/// regenerated.
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
        public (byte[] Bytes, string Type)? Image { get; set; }
    }

    public sealed record Token(string Id, string UserId, string Name, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, bool IsDefault);

    readonly EmulatorOptions options;
    readonly TimeProvider clock;
    readonly ConcurrentDictionary<string, Profile> profiles = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Token> tokens = new(StringComparer.Ordinal);

    public UserDirectory(EmulatorOptions options, TimeProvider clock)
    {
        this.options = options;
        this.clock = clock;
        var now = clock.GetUtcNow();
        foreach (var seeded in new[]
        {
            new EmulatorUser("user-ada", "ada@emulator.local", "Ada Lovelace"),
            new EmulatorUser("user-alan", "alan@emulator.local", "Alan Turing"),
            new EmulatorUser("user-grace", "grace@emulator.local", "Grace Hopper"),
        })
            profiles[seeded.Id] = new Profile(seeded, now);
        foreach (var pair in options.Tokens)
        {
            profiles.TryAdd(pair.Value.Id, new Profile(pair.Value, now));
            tokens[pair.Key] = new Token("pat-default-" + pair.Value.Id, pair.Value.Id, "default", now, null, IsDefault: true);
        }
    }

    public Profile? Find(string id) => profiles.TryGetValue(id, out var profile) ? profile : null;

    public IEnumerable<Profile> All => profiles.Values.OrderBy(p => p.User.Name, StringComparer.Ordinal);

    public Profile Of(EmulatorUser user) => profiles.GetOrAdd(user.Id, _ => new Profile(user, clock.GetUtcNow()));

    public IEnumerable<Token> TokensOf(string userId) => tokens.Values.Where(t => t.UserId == userId).OrderBy(t => t.CreatedAt).ThenBy(t =>
        t.Id);

    /// <returns>The new token and its secret value.</returns>
    public (Token Token, string Secret) Create(EmulatorUser user, string name, DateTimeOffset? expiresAt, bool isDefault = false)
    {
        var secret = "kqh_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(20)).ToLowerInvariant();
        var token = new Token("pat-" + Guid.NewGuid().ToString("N")[..12], user.Id, name, clock.GetUtcNow(), expiresAt, isDefault);
        tokens[secret] = token;
        options.Tokens[secret] = user;
        return (token, secret);
    }

    public bool Delete(string userId, string tokenId)
    {
        var found = tokens.FirstOrDefault(t => t.Value.UserId == userId && t.Value.Id == tokenId);
        if (found.Key is null) return false;
        Revoke(found.Key);
        return true;
    }

    /// <summary>A new default token; the old default stops working at once.</summary>
    public (Token Token, string Secret) RegenerateDefault(EmulatorUser user)
    {
        foreach (var old in tokens.Where(t => t.Value.UserId == user.Id && t.Value.IsDefault).Select(t => t.Key).ToList()) Revoke(old);
        return Create(user, "default", null, isDefault: true);
    }

    /// <summary>The user, their tokens and their profile go; the tokens stop working.</summary>
    public void Remove(string userId)
    {
        foreach (var secret in tokens.Where(t => t.Value.UserId == userId).Select(t => t.Key).ToList()) Revoke(secret);
        foreach (var secret in options.Tokens.Where(t => t.Value.Id == userId).Select(t =>
            t.Key).ToList()) options.Tokens.TryRemove(secret, out _);
        profiles.TryRemove(userId, out _);
    }

    void Revoke(string secret)
    {
        tokens.TryRemove(secret, out _);
        options.Tokens.TryRemove(secret, out _);
    }
}
