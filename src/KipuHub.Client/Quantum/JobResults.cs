using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Results of jobs that ended well. What the Hub answers for a FAILED or ABORTED job is its error, not a result: asked
/// for one, the job is read first and its failure raised (<see cref="JobFailedException"/>).
/// </summary>
public static class JobResults
{
    public static async Task<JsonContent> GetCompletedJobResultAsync(this IJobs jobs, string id,
        CancellationToken cancellationToken = default)
    {
        await EnsureNotFailedAsync(jobs, id, cancellationToken).ConfigureAwait(false);
        return await jobs.GetJobResultAsync(id, cancellationToken).ConfigureAwait(false);
    }

    public static async Task<HubStreamResponse> GetCompletedJobResultStreamAsync(this IJobs jobs, string id,
        CancellationToken cancellationToken = default)
    {
        await EnsureNotFailedAsync(jobs, id, cancellationToken).ConfigureAwait(false);
        return await jobs.GetJobResultStreamAsync(id, cancellationToken).ConfigureAwait(false);
    }

    static async Task EnsureNotFailedAsync(IJobs jobs, string id, CancellationToken cancellationToken)
    {
        var job = await jobs.GetJobAsync(id, cancellationToken).ConfigureAwait(false);
        // A cancelled job has no result either, and waiting would not bring one.
        if (JobStatus.From(job.Status) is { } status && (status.IsFailure || status == JobStatus.Cancelled))
            throw new JobFailedException(job);
    }
}
