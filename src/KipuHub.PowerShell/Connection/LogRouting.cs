using KipuHub.Client.Core;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// Sends the client's log lines to whichever cmdlet invocation caused them. A connection outlives cmdlets, so
/// its clients log into this router, and the flowing async context tells which invocation is listening.
/// </summary>
public static class LogRouting
{
    static readonly AsyncLocal<Action<HubLogEntry>?> listener = new();

    public static void Write(HubLogEntry entry) => listener.Value?.Invoke(entry);

    /// <summary>Routes log lines of work started after this call (on this async flow) to <paramref name="sink"/>.</summary>
    public static void Listen(Action<HubLogEntry>? sink) => listener.Value = sink;
}
