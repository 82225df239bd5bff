using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;
using R = KipuHub.Client.Quantum.QuantumRoutes;

namespace KipuHub.Client.Quantum;

/// <summary>The jobs namespace: submit, monitor, fetch and cancel jobs, and the service-execution-scoped variants.</summary>
public sealed partial class JobsClient : ApiCaller, IJobs
{
    internal JobsClient(HubTransport transport) : base(transport) { }

    /// <summary>The caller's own jobs (null), or those of a managed-service execution.</summary>
    public IJobs For(string? serviceExecutionId) => serviceExecutionId is null ? this : new ServiceExecutionJobs(this, serviceExecutionId);

    Pager<Job> IJobs.ListJobs(int pageSize, IEnumerable<string>? sort, int firstPage, JobFilter? filter) =>
        ListJobs(pageSize, sort, null, firstPage, filter);

    /// <param name="sort">Spring-style orders, e.g. "created_at,desc"; several for a multi-field sort.</param>
    /// <param name="serviceExecutionId">Only jobs created by this managed-service execution.</param>
    public Task<PageResponse<Job>> SearchJobsAsync(int? page = null, int? size = null, IEnumerable<string>? sort = null,
        string? serviceExecutionId = null, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<PageResponse<Job>>(
            PageQuery.Apply(Request(R.SearchJobs), page, size, sort).WithHeader(R.ServiceExecutionHeader, serviceExecutionId),
            cancellationToken);

    /// <summary>Every job, one page requested at a time as the caller advances; with a filter, only the jobs it keeps, newest
    /// first (a filter with Since ends the listing at the first job older than it).</summary>
    public Pager<Job> ListJobs(int pageSize = 50, IEnumerable<string>? sort = null, string? serviceExecutionId = null, int firstPage = 0,
        JobFilter? filter = null) =>
        filter is null
            ? new((page, size, ct) => SearchJobsAsync(page, size, sort, serviceExecutionId, ct), pageSize, firstPage)
            : new(async (page, size, ct) => filter.Apply(await SearchJobsAsync(page, size, JobFilter.NewestFirst, serviceExecutionId, ct)
                .ConfigureAwait(false), page, size), pageSize, firstPage);

    /// <summary>
    /// Submits a job, exactly once. Never retried once the request may have reached the Hub; if the answer is
    /// lost, the job is looked for by its request tag and returned, and only when it does not turn up is the
    /// outcome reported unknown (<see cref="Core.Errors.RequestOutcomeUnknownException"/>), never a second job.
    /// </summary>
    public Task<Job> CreateJobAsync(CreateJobRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var tag = request.TagRequest ?? Transport.Options.TagCreateRequests ? ExactlyOnceCreate.NewTag() : null;
        var body = WithBody(Request(R.CreateJob), request.ToWire(tag));
        return ExactlyOnceCreate.RunAsync(Transport, "job", tag, token => ReadRequiredAsync<Job>(body, token), FindJobByTagAsync,
            cancellationToken);
    }

    /// <summary>
    /// Submits a job unless one was made with the same idempotency key within <see cref="JobKey.Window"/>: then that job is
    /// returned, and Created is false. The job carries the key's tag (<see cref="JobKey"/>), and is itself created exactly once.
    /// </summary>
    public async Task<(Job Job, bool Created)> CreateJobOnceAsync(CreateJobRequest request, string idempotencyKey,
        CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        var tag = JobKey.TagOf(idempotencyKey);
        var earlier = await FindJobAsync(new JobFilter { Tags = new[] { tag }, Since = DateTimeOffset.UtcNow - JobKey.Window },
            cancellationToken).ConfigureAwait(false);
        if (earlier is not null) return (earlier, false);
        var tagged = request.WithTag(tag);
        return (await CreateJobAsync(tagged, cancellationToken).ConfigureAwait(false), true);
    }

    /// <summary>The newest job that the filter keeps, searched newest first until it or the filter's Since is reached.</summary>
    public async Task<Job?> FindJobAsync(JobFilter filter, CancellationToken cancellationToken = default)
    {
        var pager = ListJobs(100, filter: filter);
        return await pager.MoveNextAsync(cancellationToken).ConfigureAwait(false) ? pager.Current : null;
    }

    /// <summary>The newest job carrying a tag, among the newest page of jobs.</summary>
    public async Task<Job?> FindJobByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        var newest = await SearchJobsAsync(0, 50, new[] { "created_at,desc" }, null, cancellationToken).ConfigureAwait(false);
        return newest.Items.FirstOrDefault(job => job.Tags?.Contains(tag) == true);
    }

    public Task<Job> GetJobAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Job>(Request(R.GetJob, id), cancellationToken);

    public Task<JobStatusResponse> GetJobStatusAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<JobStatusResponse>(Request(R.GetJobStatus, id), cancellationToken);

    /// <summary>The result JSON. Only terminal jobs have one: earlier the Hub answers 404.</summary>
    public async Task<JsonContent> GetJobResultAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Request(R.GetJobResult, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("");

    /// <summary>The result file as an unbuffered stream; dispose the response when done.</summary>
    public Task<HubStreamResponse> GetJobResultStreamAsync(string id, CancellationToken cancellationToken = default) =>
        StreamAsync(Request(R.GetJobResultStream, id), cancellationToken);

    /// <summary>The input file exactly as submitted.</summary>
    public async Task<JsonContent> GetJobInputAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Request(R.GetJobInput, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("");

    /// <summary>The calibration captured at execution time; null when there is none.</summary>
    public Task<CalibrationResponse?> GetJobCalibrationAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync<CalibrationResponse>(Request(R.GetJobCalibration, id), cancellationToken);

    /// <summary>Requests cancellation: the job goes to CANCELLING, then CANCELLED.</summary>
    public Task CancelJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.CancelJob, id), cancellationToken);
}
