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
    }

    public IReadOnlyCollection<string> JobIds => statuses.Keys;

    public IReadOnlyDictionary<string, JobStatus?> Statuses => statuses;

    public bool IsComplete => options.Any
        ? statuses.Values.Any(s => s?.IsTerminal == true)
        : statuses.Values.All(s => s?.IsTerminal == true);

    /// <summary>
    /// Learns the status of every job not yet terminal: from the job listing when there are many of them,
    /// one status request per job for the few the listing did not show.
    /// </summary>
    public async Task<JobWaitProgress> PollAsync(CancellationToken cancellationToken = default)
    {
        var pending = statuses.Where(s => s.Value?.IsTerminal != true).Select(s => s.Key).ToList();
        var requests = 0;
        if (pending.Count >= options.BatchThreshold)
        {
            var (found, pages) = await listing.ScanAsync(pending, cancellationToken).ConfigureAwait(false);
            requests += pages;
            foreach (var job in found.Values)
            {
                statuses[job.Id!] = job.Status ?? JobStatus.Unknown;
                records[job.Id!] = job;
            }
            pending.RemoveAll(found.ContainsKey);
        }
        foreach (var id in pending)
        {
            var response = options.ServiceExecutionId is { } execution
                ? await jobs.GetServiceExecutionJobStatusAsync(execution, id, cancellationToken).ConfigureAwait(false)
                : await jobs.GetJobStatusAsync(id, cancellationToken).ConfigureAwait(false);
            statuses[id] = response.Status ?? JobStatus.Unknown;
            records.Remove(id);
            requests++;
        }
        return JobWaitProgress.Of(statuses.Values, ++round, requests);
    }

    public TimeSpan NextDelay() => backoff.Next();

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
            done.Add(options.ServiceExecutionId is { } execution
                ? await jobs.GetServiceExecutionJobAsync(execution, id, cancellationToken).ConfigureAwait(false)
                : await jobs.GetJobAsync(id, cancellationToken).ConfigureAwait(false));
        }
        return done;
    }

    /// <exception cref="JobWaitTimeoutException">The timeout passed first.</exception>
    public async Task<IReadOnlyList<Job>> WaitAsync(IProgress<JobWaitProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var deadline = options.Timeout is { } timeout ? DateTimeOffset.UtcNow + timeout : (DateTimeOffset?)null;
        while (true)
        {
            var snapshot = await PollAsync(cancellationToken).ConfigureAwait(false);
            progress?.Report(snapshot);
            if (IsComplete) return await GetTerminalJobsAsync(cancellationToken).ConfigureAwait(false);
            var delay = NextDelay();
            if (deadline is { } end)
            {
                var left = end - DateTimeOffset.UtcNow;
                if (left <= TimeSpan.Zero) throw new JobWaitTimeoutException(options.Timeout!.Value, snapshot);
                if (delay > left) delay = left;
            }
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
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
