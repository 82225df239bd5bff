namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The current connection of one kind in one runspace. A connection it replaces (Connect-QHub again,
/// Set-QHubContext, Disconnect-QHub, Connect-QHubService) releases its HTTP clients, which would otherwise pile
/// up in a long session or runbook; the connections release softly, so one a script still holds keeps working.
/// </summary>
internal sealed class ConnectionSlot<T> where T : class, IDisposable
{
    public T? Connection;
    public bool SavedChecked;

    public void Replace(T? next)
    {
        T? previous;
        lock (this)
        {
            previous = Connection;
            Connection = next;
            SavedChecked = true;
        }
        if (previous is not null && !ReferenceEquals(previous, next)) previous.Dispose();
    }
}
