namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The current connection of one runspace. A connection it replaces (Connect-QHub again, Set-QHubContext,
/// Disconnect-QHub) releases its HTTP clients, which would otherwise pile up in a long session or runbook.
/// </summary>
internal sealed class ConnectionSlot
{
    public QHubConnection? Connection;
    public bool SavedChecked;

    public void Replace(QHubConnection? next)
    {
        QHubConnection? previous;
        lock (this)
        {
            previous = Connection;
            Connection = next;
            SavedChecked = true;
        }
        if (previous is not null && !ReferenceEquals(previous, next)) previous.Dispose();
    }
}
