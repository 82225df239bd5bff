using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Waiting;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Waits for jobs to reach a terminal state. Round by round (<see cref="PollAsync"/>, <see cref="NextDelay"/>)
/// so that a caller bound to one thread, such as a cmdlet, can report between rounds; or all at once
/// with <see cref="WaitAsync"/>.
/// </summary>
public sealed class JobWaiter
{
    readonly JobsClient jobs;
    readonly JobWaitOptions options;
    readonly Backoff backoff;
    readonly Dictionary<string, JobStatus?> statuses;
    readonly Dictionary<string, Job> records = new(StringComparer.Ordinal);
    readonly JobListingScan listing;
    // Jobs a scan did not reach: newer jobs only push them deeper, so later scans leave them to status requests.
    readonly HashSet<string> beyondListing = new(StringComparer.Ordinal);
    readonly WaitDeadline deadline;
    int round;

    public JobWaiter(JobsClient jobs, IEnumerable<string> jobIds, JobWaitOptions? options = null)
    {
        this.jobs = jobs ?? throw new ArgumentNullException(nameof(jobs));
        this.options = options ?? new JobWaitOptions();
        statuses = new Dictionary<string, JobStatus?>(StringComparer.Ordinal);
        foreach (var id in jobIds ?? throw new ArgumentNullException(nameof(jobIds)))
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("A job id is empty.", nameof(jobIds));
            statuses[id] = null;
        }
        if (statuses.Count == 0) throw new ArgumentException("Give at least one job id to wait for.", nameof(jobIds));
        if (this.options.BatchThreshold < 1) throw new ArgumentOutOfRangeException(nameof(options), "BatchThreshold must be at least 1.");
        if (this.options.ListingPageSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "ListingPageSize must be at least 1.");
        backoff = new Backoff(this.options.PollInterval, this.options.MaxPollInterval, this.options.BackoffFactor, this.options.Jitter);
        listing = new JobListingScan(jobs, this.options);
        deadline = new WaitDeadline(this.options.Timeout);
    }

    public IReadOnlyCollection<string> JobIds => statuses.Keys;

    public IReadOnlyDictionary<string, JobStatus?> Statuses => statuses;

    public bool IsComplete => options.Any
        ? statuses.Values.Any(s => s?.IsTerminal == true)
        : statuses.Values.All(s => s?.IsTerminal == true);

    /// <summary>
    /// Learns the status of every job not yet terminal: from the job listing when there are many of them,
    /// one status request per job for those the listing does not reach. A job a scan missed once is not
    /// scanned for again, so old jobs behind many newer ones cost their status requests and no pages.
    /// </summary>
    public async Task<JobWaitProgress> PollAsync(CancellationToken cancellationToken = default)
    {
        var pending = statuses.Where(s => s.Value?.IsTerminal != true).Select(s => s.Key).ToList();
        var scanned = pending.Where(id => !beyondListing.Contains(id)).ToList();
        var requests = 0;
        if (scanned.Count >= options.BatchThreshold)
        {
            var (found, pages) = await listing.ScanAsync(scanned, cancellationToken).ConfigureAwait(false);
            requests += pages;
            foreach (var job in found.Values)
            {
                statuses[job.Id!] = JobStatus.From(job.Status) ?? JobStatus.Unknown;
                records[job.Id!] = job;
            }
            beyondListing.UnionWith(scanned.Where(id => !found.ContainsKey(id)));
            pending.RemoveAll(found.ContainsKey);
        }
        foreach (var id in pending)
        {
            var response = await jobs.For(options.ServiceExecutionId).GetJobStatusAsync(id, cancellationToken).ConfigureAwait(false);
            statuses[id] = JobStatus.From(response.Status) ?? JobStatus.Unknown;
            records.Remove(id);
            requests++;
        }
        return JobWaitProgress.Of(statuses.Values, ++round, requests);
    }

    /// <summary>
    /// One round like <see cref="PollAsync"/>, cut short when <see cref="JobWaitOptions.Timeout"/> (counted from the
    /// first round) passes, even in the middle of a slow request; null when the timeout came first.
    /// </summary>
    public Task<JobWaitProgress?> PollWithinTimeoutAsync(CancellationToken cancellationToken = default) =>
        deadline.RunAsync(PollAsync, cancellationToken);

    /// <summary>The pause before the next round: growing with backoff, never past the timeout.</summary>
    public TimeSpan NextDelay() => deadline.Clamp(backoff.Next());

    /// <summary>The error for a wait whose timeout passed, with where the jobs stand.</summary>
    public JobWaitTimeoutException TimeoutError() => new(options.Timeout ?? TimeSpan.Zero, Snapshot());

    /// <summary>Where the jobs stand as of the last round.</summary>
    public JobWaitProgress Snapshot() => JobWaitProgress.Of(statuses.Values, round, 0);

    /// <summary>The full records of the jobs that are terminal now; those read from the listing cost no request.</summary>
    public async Task<IReadOnlyList<Job>> GetTerminalJobsAsync(CancellationToken cancellationToken = default)
    {
        var done = new List<Job>();
        foreach (var id in statuses.Where(s => s.Value?.IsTerminal == true).Select(s => s.Key))
        {
            if (records.TryGetValue(id, out var known))
            {
                done.Add(known);
                continue;
            }
            done.Add(await jobs.For(options.ServiceExecutionId).GetJobAsync(id, cancellationToken).ConfigureAwait(false));
        }
        return done;
    }

    /// <exception cref="JobWaitTimeoutException">The timeout passed first.</exception>
    public async Task<IReadOnlyList<Job>> WaitAsync(IProgress<JobWaitProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var snapshot = await PollWithinTimeoutAsync(cancellationToken).ConfigureAwait(false) ?? throw TimeoutError();
            progress?.Report(snapshot);
            if (IsComplete) return await GetTerminalJobsAsync(cancellationToken).ConfigureAwait(false);
            await Task.Delay(NextDelay(), cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>The wait's timeout passed before the jobs were done; the jobs themselves go on.</summary>
public sealed class JobWaitTimeoutException(TimeSpan timeout, JobWaitProgress progress)
    : HubException($"Waited {timeout.TotalSeconds:0.#} s: {progress}. The jobs keep running; wait again or cancel them (Stop-QHubJob).")
{
    public TimeSpan Timeout { get; } = timeout;
    public JobWaitProgress Progress { get; } = progress;
}
