namespace KipuHub.Client.Core.Waiting;

/// <summary>Poll interval that starts at Initial and grows by Factor up to Cap, with a little jitter.</summary>
public sealed class Backoff
{
    readonly Random random;
    TimeSpan next;

    public Backoff(TimeSpan initial, TimeSpan cap, double factor = 1.5, double jitter = 0.1, Random? random = null)
    {
        if (initial <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(initial), "The poll interval must be positive.");
        if (cap < initial) throw new ArgumentOutOfRangeException(nameof(cap), "The maximum poll interval cannot be below the initial one.");
        if (factor < 1) throw new ArgumentOutOfRangeException(nameof(factor));
        if (jitter is < 0 or > 1) throw new ArgumentOutOfRangeException(nameof(jitter));
        Initial = initial;
        Cap = cap;
        Factor = factor;
        Jitter = jitter;
        next = initial;
        this.random = random ?? new Random();
    }

    public TimeSpan Initial { get; }
    public TimeSpan Cap { get; }
    public double Factor { get; }
    public double Jitter { get; }

    /// <summary>The next delay: within [d, d·(1+Jitter)] where d grows geometrically and is capped.</summary>
    public TimeSpan Next()
    {
        var current = next;
        var grown = TimeSpan.FromTicks((long)Math.Min(current.Ticks * Factor, Cap.Ticks));
        next = grown;
        return TimeSpan.FromTicks(current.Ticks + (long)(current.Ticks * Jitter * random.NextDouble()));
    }
}
