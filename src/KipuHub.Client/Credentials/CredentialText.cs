namespace KipuHub.Client.Credentials;

/// <summary>
/// The one reading of every secret that comes in (a token, a consumer key or secret, from a parameter, a file, a
/// credential asset, a vault, the environment or a token endpoint): surrounding whitespace is dropped, as a file read
/// with Get-Content -Raw ends in a line break; what then is not a single line of printable text is refused naming where it
/// came from, never showing it, before it can reach a header, where .NET's own error would print it.
/// </summary>
public static class CredentialText
{
    /// <param name="what">What it is: "token", "consumer secret".</param>
    /// <param name="source">Where it came from: "parameter -Token", "environment variable KQH_PERSONAL_ACCESS_TOKEN".</param>
    public static string Normalize(string? value, string what, string source)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0) throw new InvalidCredentialException($"The {what} from {source} is empty.", source);
        foreach (var c in trimmed)
        {
            if (char.IsControl(c))
                throw new InvalidCredentialException($"The {what} from {source} holds a control character (a line break or tab inside " +
                    "it?): it is not sent. Check what was pasted or read into it.", source);
            if (c > '\u007e')
                throw new InvalidCredentialException($"The {what} from {source} holds a character outside ASCII, which no Hub {what} " +
                    "has: it is not sent. Check what was pasted or read into it.", source);
        }
        return trimmed;
    }
}

/// <summary>A secret that cannot be what it claims to be; the message names its source, never its value.</summary>
public sealed class InvalidCredentialException(string message, string source) : ArgumentException(message)
{
    public string CredentialSource { get; } = source;
}
