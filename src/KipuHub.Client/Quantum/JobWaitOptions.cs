namespace KipuHub.Client.Quantum;

public sealed class JobWaitOptions
{
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromSeconds(30);
    public double BackoffFactor { get; set; } = 1.5;
    public double Jitter { get; set; } = 0.1;

    /// <summary>Overall limit; null waits until every job is terminal or the token is cancelled.</summary>
    public TimeSpan? Timeout { get; set; }

    /// <summary>Return as soon as one job is terminal.</summary>
    public bool Any { get; set; }

    /// <summary>Jobs created by a managed-service execution are read through its scoped routes.</summary>
    public string? ServiceExecutionId { get; set; }

    /// <summary>From this many jobs on, a round reads the job listing instead of one status per job.</summary>
    public int BatchThreshold { get; set; } = 3;

    /// <summary>Jobs per listing page in batched rounds.</summary>
    public int ListingPageSize { get; set; } = 200;
}
