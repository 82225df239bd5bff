using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Jobs as a caller reads and cancels them: its own (<see cref="JobsClient"/>), or those a managed-service execution
/// created (<see cref="JobsClient.For"/>), through the reference's service_execution_* operations.
/// </summary>
public interface IJobs
{
    /// <param name="filter">Only the jobs it keeps, newest first (sort is then ignored).</param>
    Pager<Job> ListJobs(int pageSize = 50, IEnumerable<string>? sort = null, int firstPage = 0, JobFilter? filter = null);
    Task<Job> GetJobAsync(string id, CancellationToken cancellationToken = default);
    Task<JobStatusResponse> GetJobStatusAsync(string id, CancellationToken cancellationToken = default);
    Task<JsonContent> GetJobInputAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The result as JSON text; 404 until the job has one.</summary>
    Task<JsonContent> GetJobResultAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The result as an unbuffered stream, for large results; dispose the response when done.</summary>
    Task<HubStreamResponse> GetJobResultStreamAsync(string id, CancellationToken cancellationToken = default);
    Task<CalibrationResponse?> GetJobCalibrationAsync(string id, CancellationToken cancellationToken = default);
    Task CancelJobAsync(string id, CancellationToken cancellationToken = default);
}

/// <summary>The jobs of one managed-service execution.</summary>
internal sealed class ServiceExecutionJobs(JobsClient jobs, string serviceExecutionId) : IJobs
{
    public Pager<Job> ListJobs(int pageSize = 50, IEnumerable<string>? sort = null, int firstPage = 0, JobFilter? filter = null) =>
        jobs.ListJobs(pageSize, sort, serviceExecutionId, firstPage, filter);

    public Task<Job> GetJobAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionJobAsync(serviceExecutionId, id, cancellationToken);

    public Task<JobStatusResponse> GetJobStatusAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionJobStatusAsync(serviceExecutionId, id, cancellationToken);

    public Task<JsonContent> GetJobInputAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionJobInputAsync(serviceExecutionId, id, cancellationToken);

    // The reference has no non-streamed result for an execution's job: the stream, read whole.
    public async Task<JsonContent> GetJobResultAsync(string id, CancellationToken cancellationToken = default)
    {
        using var response = await GetJobResultStreamAsync(id, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(response.Content);
        return new JsonContent(await reader.ReadToEndAsync().ConfigureAwait(false));
    }

    public Task<HubStreamResponse> GetJobResultStreamAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionJobResultStreamAsync(serviceExecutionId, id, cancellationToken);

    public Task<CalibrationResponse?> GetJobCalibrationAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.GetServiceExecutionJobCalibrationAsync(serviceExecutionId, id, cancellationToken);

    public Task CancelJobAsync(string id, CancellationToken cancellationToken = default) =>
        jobs.CancelServiceExecutionJobAsync(serviceExecutionId, id, cancellationToken);
}
