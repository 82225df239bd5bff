using System.Security.Cryptography;
using System.Text;

namespace KipuHub.Client.Quantum;

/// <summary>
/// An idempotency key of the caller's choosing, as AWS Braket's clientToken or Stripe's Idempotency-Key: the same key in a
/// later run returns the job the first run made instead of submitting (and paying for) it again. The Hub keeps no such key, so
/// the job carries it as a tag (its SHA-256, so the key itself never shows), and the job listing is searched for it, newest
/// first, back to <see cref="Window"/> ago. Runs that use one key at the same moment are not told apart.
/// </summary>
public static class JobKey
{
    public const string TagPrefix = "kqh-key:";
    public const int MaxLength = 255;

    /// <summary>How far back a key is honoured: a job made with it longer ago is not found, and a new one is made.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(24);

    /// <summary>The tag a job made with this key carries.</summary>
    public static string TagOf(string key)
    {
        if (string.IsNullOrWhiteSpace(key)) throw new ArgumentException("An idempotency key must not be empty.", nameof(key));
        if (key.Length > MaxLength) throw new ArgumentException($"An idempotency key is at most {MaxLength} characters.", nameof(key));
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(key));
        return TagPrefix + BitConverter.ToString(hash, 0, 16).Replace("-", "").ToLowerInvariant();
    }
}
