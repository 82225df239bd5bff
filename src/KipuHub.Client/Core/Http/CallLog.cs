using System.Text;

namespace KipuHub.Client.Core.Http;

/// <summary>Formats the -Verbose and -Debug lines of HTTP calls, redacting every secret before it leaves.</summary>
internal sealed class CallLog
{
    const int MaxBodyCharacters = 2048;
    readonly Action<HubLogEntry>? sink;
    readonly Func<string?> secret;

    /// <param name="secret">The token in use now (a bearer token changes when it is refreshed).</param>
    public CallLog(Action<HubLogEntry>? sink, Func<string?> secret)
    {
        this.sink = sink;
        this.secret = secret;
    }

    public bool Enabled => sink is not null;

    public void Attempt(string method, string url, string outcome, long milliseconds, int attempt, int maxAttempts)
    {
        if (Enabled) Write(HubLogLevel.Verbose, $"{method} {url} -> {outcome} in {milliseconds} ms (attempt {attempt} of {maxAttempts})");
    }

    public void Retrying(string method, string url, TimeSpan delay)
    {
        if (Enabled) Write(HubLogLevel.Verbose, $"{method} {url}: retrying in {(long)delay.TotalMilliseconds} ms");
    }

    public void Note(string message)
    {
        if (Enabled) Write(HubLogLevel.Verbose, message);
    }

    public void Request(string method, string url, IEnumerable<KeyValuePair<string, string>> headers, string? body)
    {
        if (!Enabled) return;
        var text = new StringBuilder().Append("Request ").Append(method).Append(' ').Append(url);
        AppendHeaders(text, headers);
        if (body is not null) text.AppendLine().Append(Redaction.Truncate(body, MaxBodyCharacters));
        Write(HubLogLevel.Debug, text.ToString());
    }

    public void Response(int status, IReadOnlyDictionary<string, IReadOnlyList<string>> headers, string? body)
    {
        if (!Enabled) return;
        var text = new StringBuilder().Append("Response ").Append(status);
        AppendHeaders(text, headers.SelectMany(h => h.Value.Select(v => new KeyValuePair<string, string>(h.Key, v))));
        if (!string.IsNullOrEmpty(body)) text.AppendLine().Append(Redaction.Truncate(body!, MaxBodyCharacters));
        Write(HubLogLevel.Debug, text.ToString());
    }

    static void AppendHeaders(StringBuilder text, IEnumerable<KeyValuePair<string, string>> headers)
    {
        foreach (var header in headers)
            text.AppendLine().Append("  ").Append(header.Key).Append(": ").Append(Redaction.HeaderValue(header.Key, header.Value));
    }

    void Write(HubLogLevel level, string message)
    {
        sink?.Invoke(new HubLogEntry(level, Redaction.Text(message, secret())));
    }
}
