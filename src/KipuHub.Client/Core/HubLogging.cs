namespace KipuHub.Client.Core;

public enum HubLogLevel
{
    /// <summary>One line per HTTP call: method, URL, status, milliseconds, attempt.</summary>
    Verbose,
    /// <summary>Redacted headers and truncated bodies.</summary>
    Debug,
    /// <summary>What the caller should know and that does not stop the call: an outage a wait rides out.</summary>
    Warning,
}

/// <summary>One log line. Messages are redacted before they are created: no token ever reaches a sink.</summary>
public sealed class HubLogEntry
{
    public HubLogEntry(HubLogLevel level, string message)
    {
        Level = level;
        Message = message;
    }

    public HubLogLevel Level { get; }
    public string Message { get; }

    public override string ToString() => $"{Level}: {Message}";
}
