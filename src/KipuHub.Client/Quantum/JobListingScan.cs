using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Learns the state of many jobs from the job listing, newest first, a page of many jobs per request: waiting
/// on N jobs costs about N / page size requests a round instead of N. The scan stops when every wanted job is
/// found or after a bounded number of pages; jobs it did not find are left to per-job requests.
/// </summary>
internal sealed class JobListingScan(JobsClient jobs, JobWaitOptions options)
{
    // Jobs created after the waited ones push them down the listing; a couple of pages of slack covers that.
    const int SlackPages = 2;

    public async Task<(Dictionary<string, Job> Found, int Requests)> ScanAsync(IReadOnlyCollection<string> wanted,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Job>(StringComparer.Ordinal);
        var remaining = new HashSet<string>(wanted, StringComparer.Ordinal);
        var maxPages = (wanted.Count + options.ListingPageSize - 1) / options.ListingPageSize + SlackPages;
        var pager = jobs.ListJobs(options.ListingPageSize, NewestFirst, options.ServiceExecutionId);
        while (pager.PagesFetched < maxPages && remaining.Count > 0)
        {
            var page = await pager.NextPageAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count == 0) break;
            foreach (var job in page)
            {
                if (job.Id is { } id && remaining.Remove(id)) found[id] = job;
            }
        }
        return (found, pager.PagesFetched);
    }

    static readonly string[] NewestFirst = { "created_at,desc" };
}
