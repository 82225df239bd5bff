using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Completers;

/// <summary>Backend ids, e.g. aws.ionq.aria; backends change seldom.</summary>
public sealed class BackendIdCompleter : HubIdCompleter
{
    protected override TimeSpan Lifetime => TimeSpan.FromMinutes(5);

    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Quantum.Backends.GetBackendsAsync(cancellationToken: token).ConfigureAwait(false))
        .Select(b => new IdTip(b.Id!, $"{b.DisplayName ?? b.Id} ({b.Provider}, {b.Type}, {b.Status})"));
}

/// <summary>The ids of the newest jobs (one page).</summary>
public sealed class JobIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Quantum.Jobs.ListJobs(50, new[] { "created_at,desc" }).NextPageAsync(token).ConfigureAwait(false))
        .Select(j => new IdTip(j.Id!, $"{j.Name ?? j.Id} ({j.Status}, {j.BackendId}, {j.CreatedAt:yyyy-MM-dd HH:mm})"));
}

/// <summary>The ids of the newest sessions (one page).</summary>
public sealed class SessionIdCompleter : HubIdCompleter
{
    protected override async Task<IEnumerable<IdTip>> ListAsync(QHubConnection connection, string parent,
        CancellationToken token) =>
        (await connection.Quantum.Workloads.ListSessions(50, new[] { "created_at,desc" }).NextPageAsync(token).ConfigureAwait(false))
        .Select(s => new IdTip(s.Id!, $"{s.Status}, {s.BackendId}, {s.CreatedAt:yyyy-MM-dd HH:mm}"));
}
