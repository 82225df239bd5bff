using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;
using R = KipuHub.Client.Quantum.QuantumRoutes;

namespace KipuHub.Client.Quantum;

// The reference's service_execution_* methods: jobs and sessions a managed service created on the caller's behalf.
public sealed partial class JobsClient
{
    public Task<PageResponse<Workload>> GetServiceExecutionWorkloadsAsync(string serviceExecutionId, int? page = null, int? size = null,
        IEnumerable<string>? sort = null, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<PageResponse<Workload>>(PageQuery.Apply(Request(R.GetServiceExecutionWorkloads, serviceExecutionId), page, size,
            sort), cancellationToken);

    public Pager<Workload> ListServiceExecutionWorkloads(string serviceExecutionId, int pageSize = 50, IEnumerable<string>? sort = null,
        int firstPage = 0) =>
        new((page, size, ct) => GetServiceExecutionWorkloadsAsync(serviceExecutionId, page, size, sort, ct), pageSize, firstPage);

    /// <summary>The sessions of an execution's workload listing, as <see cref="WorkloadsClient.ListSessions"/>.</summary>
    public Pager<Session> ListServiceExecutionSessions(string serviceExecutionId, int pageSize = 50, IEnumerable<string>? sort = null) =>
        new(async (page, size, ct) => (await GetServiceExecutionWorkloadsAsync(serviceExecutionId, page, size, sort,
            ct).ConfigureAwait(false)).Filter(page, size, w => w.AsSession()), pageSize);

    public Task<SessionStatusResponse> GetServiceExecutionSessionStatusAsync(string serviceExecutionId, string sessionId,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<SessionStatusResponse>(Request(R.GetServiceExecutionSessionStatus, serviceExecutionId, sessionId),
            cancellationToken);

    public async Task<IReadOnlyList<Job>> GetServiceExecutionSessionJobsAsync(string serviceExecutionId, string sessionId,
        CancellationToken cancellationToken = default) =>
        await ReadAsync<List<Job>>(Request(R.GetServiceExecutionSessionJobs, serviceExecutionId, sessionId),
            cancellationToken).ConfigureAwait(false) ?? new List<Job>();

    public Task<Session?> UpdateServiceExecutionSessionStateAsync(string serviceExecutionId, string sessionId, bool acceptJobs,
        CancellationToken cancellationToken = default) =>
        ReadAsync<Session>(WithBody(Request(R.UpdateServiceExecutionSessionState, serviceExecutionId, sessionId),
            new UpdateSessionStateRequest { AcceptJobs = acceptJobs }), cancellationToken);

    public Task CloseServiceExecutionSessionAsync(string serviceExecutionId, string sessionId,
        CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.CloseServiceExecutionSession, serviceExecutionId, sessionId), cancellationToken);

    public Task<Job> GetServiceExecutionJobAsync(string serviceExecutionId, string jobId, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Job>(Request(R.GetServiceExecutionJob, serviceExecutionId, jobId), cancellationToken);

    public Task<JobStatusResponse> GetServiceExecutionJobStatusAsync(string serviceExecutionId, string jobId,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<JobStatusResponse>(Request(R.GetServiceExecutionJobStatus, serviceExecutionId, jobId), cancellationToken);

    public async Task<JsonContent> GetServiceExecutionJobInputAsync(string serviceExecutionId, string jobId,
        CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Request(R.GetServiceExecutionJobInput, serviceExecutionId, jobId), cancellationToken).ConfigureAwait(false) ??
            new JsonContent("");

    public Task<HubStreamResponse> GetServiceExecutionJobResultStreamAsync(string serviceExecutionId, string jobId,
        CancellationToken cancellationToken = default) =>
        StreamAsync(Request(R.GetServiceExecutionJobResultStream, serviceExecutionId, jobId), cancellationToken);

    public Task<CalibrationResponse?> GetServiceExecutionJobCalibrationAsync(string serviceExecutionId, string jobId,
        CancellationToken cancellationToken = default) =>
        ReadAsync<CalibrationResponse>(Request(R.GetServiceExecutionJobCalibration, serviceExecutionId, jobId), cancellationToken);

    public Task CancelServiceExecutionJobAsync(string serviceExecutionId, string jobId, CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.CancelServiceExecutionJob, serviceExecutionId, jobId), cancellationToken);
}
