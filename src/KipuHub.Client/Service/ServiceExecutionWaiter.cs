using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Waiting;
using KipuHub.Client.Service.Models;

namespace KipuHub.Client.Service;

/// <summary>
/// Waits for service executions to end (SUCCEEDED, FAILED, CANCELLED), round by round so that a caller bound to
/// one thread can report between rounds; one status request per running execution a round (the gateway has no
/// filtered listing).
/// </summary>
public sealed class ServiceExecutionWaiter
{
    readonly IServiceExecutions api;
    readonly Dictionary<string, ServiceExecution?> executions = new(StringComparer.Ordinal);
    readonly Backoff backoff;
    readonly WaitDeadline deadline;

    readonly bool any;

    /// <param name="api">The gateway's executions or the catalog's.</param>
    /// <param name="any">Done when any one execution has ended, as Wait-QHubJob -Any.</param>
    public ServiceExecutionWaiter(IServiceExecutions api, IEnumerable<string> ids, TimeSpan pollInterval, TimeSpan maxPollInterval,
        TimeSpan? timeout = null, bool any = false)
    {
        this.any = any;
        this.api = api ?? throw new ArgumentNullException(nameof(api));
        foreach (var id in ids ?? throw new ArgumentNullException(nameof(ids)))
        {
            if (string.IsNullOrWhiteSpace(id)) throw new ArgumentException("An execution id is empty.", nameof(ids));
            executions[id] = null;
        }
        if (executions.Count == 0) throw new ArgumentException("Give at least one execution id to wait for.", nameof(ids));
        backoff = new Backoff(pollInterval, maxPollInterval);
        deadline = new WaitDeadline(timeout);
    }

    public IReadOnlyDictionary<string, ServiceExecution?> Executions => executions;

    public int Done => executions.Values.Count(e => ServiceExecutionStatus.From(e?.Status)?.IsTerminal == true);

    public bool IsComplete => any ? Done > 0 : Done == executions.Count;

    /// <summary>One round: where the executions stand; null when the timeout came first.</summary>
    public Task<ServiceExecutionWaitProgress?> PollWithinTimeoutAsync(CancellationToken cancellationToken = default) =>
        deadline.RunAsync(async token =>
        {
            foreach (var id in executions.Where(e => ServiceExecutionStatus.From(e.Value?.Status)?.IsTerminal != true).Select(e =>
                e.Key).ToList())
                executions[id] = await api.GetExecutionAsync(id, token).ConfigureAwait(false);
            return new ServiceExecutionWaitProgress(Done, executions.Count, ToString());
        }, cancellationToken);

    public TimeSpan NextDelay() => deadline.Clamp(backoff.Next());

    public override string ToString()
    {
        var byStatus = executions.Values.GroupBy(e => e?.Status ?? "UNKNOWN").Select(g => $"{g.Count()} {g.Key}");
        return $"{Done} of {executions.Count} done ({string.Join(", ", byStatus)})";
    }

    public ServiceExecutionWaitTimeoutException TimeoutError() => new(deadline.Timeout ?? TimeSpan.Zero, ToString());
}

/// <summary>Where the executions stand after a round.</summary>
public sealed record ServiceExecutionWaitProgress(int Done, int Total, string Summary)
{
    public override string ToString() => Summary;
}

/// <summary>The wait's timeout passed before the executions ended; they go on.</summary>
public sealed class ServiceExecutionWaitTimeoutException(TimeSpan timeout, string progress)
    : HubException($"Waited {timeout.TotalSeconds:0.#} s: {progress}. The executions keep running; wait again or cancel them " +
        $"(Stop-QHubServiceExecution).")
{
    public TimeSpan Timeout { get; } = timeout;
}
