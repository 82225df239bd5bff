using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Sessions as a caller reads and changes them: its own (<see cref="SessionsClient"/>), or those a managed-service
/// execution opened (<see cref="SessionsClient.For"/>).
/// </summary>
public interface ISessions
{
    /// <summary>The sessions of the workload listing, page by page.</summary>
    Pager<Session> ListSessions(int pageSize = 50, IEnumerable<string>? sort = null);
    Task<SessionStatusResponse> GetSessionStatusAsync(string id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<Job>> GetSessionJobsAsync(string id, CancellationToken cancellationToken = default);
    Task<Session?> UpdateSessionStateAsync(string id, bool acceptJobs, CancellationToken cancellationToken = default);
    Task CloseSessionAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>The sessions of one managed-service execution.</summary>
internal sealed class ServiceExecutionSessions(JobsClient jobs, string serviceExecutionId) : ISessions
{
    public Pager<Session> ListSessions(int pageSize = 50, IEnumerable<string>? sort = null) =>
        jobs.ListServiceExecutionSessions(serviceExecutionId, pageSize, sort);

    public Task<SessionStatusResponse> GetSessionStatusAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionSessionStatusAsync(serviceExecutionId, id, cancellationToken);

    public Task<IReadOnlyList<Job>> GetSessionJobsAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionSessionJobsAsync(serviceExecutionId, id, cancellationToken);

    public Task<Session?> UpdateSessionStateAsync(string id, bool acceptJobs, CancellationToken cancellationToken = default) =>
        jobs.UpdateServiceExecutionSessionStateAsync(serviceExecutionId, id, acceptJobs, cancellationToken);

    public Task CloseSessionAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.CloseServiceExecutionSessionAsync(serviceExecutionId, id, cancellationToken);
}
