namespace KipuHub.Client.Core.Paging;

/// <summary>
/// A pager whatever its item type: what a host writing pages needs (PowerShell's cmdlets cannot derive from
/// generic bases over the client's types, which their module loader resolves only later).
/// </summary>
public interface IPager
{
    bool HasMore { get; }

    long? TotalElements { get; }

    /// <summary>Why the listing ended though the server said more pages follow; null when it ended as the server said.</summary>
    string? StoppedEarly { get; }

    /// <summary>The next whole page (empty once the listing is exhausted).</summary>
    Task<System.Collections.IEnumerable> NextItemsAsync(CancellationToken cancellationToken = default);
}
