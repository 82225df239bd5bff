namespace KipuHub.Client.Core;

/// <summary>Keeps secrets out of every message, log line and exception the library produces.</summary>
public static class Redaction
{
    public const string Mask = "***";

    static readonly HashSet<string> SecretHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "X-Auth-Token", "Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie",
    };

    public static bool IsSecretHeader(string name) => SecretHeaders.Contains(name);

    public static string HeaderValue(string name, string value) => IsSecretHeader(name) ? Mask : value;

    /// <summary>The URL with the values of the named query parameters masked, however short they are.</summary>
    public static string Query(string url, IEnumerable<string> names)
    {
        foreach (var name in names)
            url = System.Text.RegularExpressions.Regex.Replace(url,
                $"([?&]{System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(name))}=)[^&#]*", "${1}" + Mask);
        return url;
    }

    /// <summary>Replaces every occurrence of each secret in <paramref name="text"/>.</summary>
    public static string Text(string? text, params string?[] secrets)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var result = text!;
        foreach (var secret in secrets)
        {
            // Very short values would mask ordinary words; real tokens are long.
            if (string.IsNullOrEmpty(secret) || secret!.Length < 6) continue;
            result = result.Replace(secret, Mask);
        }
        return result;
    }

    /// <summary>
    /// Headers as an exception may keep them: secret headers (an echoed token, Set-Cookie) masked, and any other value
    /// that holds a secret masked where it does, since an error record may be exported (Export-Clixml) or logged.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Headers(IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        params string?[] secrets) =>
        headers.ToDictionary(h => h.Key,
            h => (IReadOnlyList<string>)h.Value.Select(v => IsSecretHeader(h.Key) ? Mask : Text(v, secrets)).ToList(),
            StringComparer.OrdinalIgnoreCase);

    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : text.Substring(0, max) + $"… ({text.Length - max} more characters)";
}
