using System.Globalization;

namespace KipuHub.Client.Core.Http;

/// <summary>How one attempt ended, as far as retrying is concerned.</summary>
internal enum AttemptFailure
{
    /// <summary>The connection failed before any byte of the request was sent.</summary>
    NotSent,
    /// <summary>Reset, truncated or otherwise lost after the request went out: it may have been processed.</summary>
    LostAfterSend,
    TimedOut,
    Status,
}

/// <summary>
/// Decides whether a failed attempt is retried and how long to wait first. A create is retried only when
/// the server certainly did not process it, so that a retry can never submit a second paid job.
/// </summary>
internal sealed class RetryPolicy
{
    readonly HubClientOptions options;
    readonly Random random;

    public RetryPolicy(HubClientOptions options, Random? random = null)
    {
        this.options = options;
        this.random = random ?? new Random();
    }

    public bool ShouldRetry(RouteKind kind, AttemptFailure failure, int status, bool hasRetryAfter) => kind switch
    {
        RouteKind.Create => failure == AttemptFailure.NotSent
            || (failure == AttemptFailure.Status && (status == 429 || (status == 503 && hasRetryAfter))),
        _ => failure != AttemptFailure.Status || status == 429 || status == 408 || status >= 500,
    };

    /// <summary>Retry-After (capped) when the server sent one; otherwise exponential backoff with equal jitter.</summary>
    public TimeSpan DelayBeforeRetry(int retryNumber, TimeSpan? retryAfter)
    {
        if (retryAfter is { } serverDelay)
            return serverDelay < options.MaxRetryAfter ? serverDelay : options.MaxRetryAfter;
        var exponential = options.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, retryNumber - 1);
        var capped = Math.Min(exponential, options.MaxRetryDelay.TotalMilliseconds);
        double jitter;
        lock (random) jitter = random.NextDouble();
        return TimeSpan.FromMilliseconds(capped / 2 + capped / 2 * jitter);
    }

    /// <summary>Reads Retry-After as delta-seconds or as an HTTP date.</summary>
    public static TimeSpan? ParseRetryAfter(IReadOnlyDictionary<string, IReadOnlyList<string>> headers, DateTimeOffset now)
    {
        if (!headers.TryGetValue("Retry-After", out var values) || values.Count == 0) return null;
        var text = values[0].Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds))
            return seconds <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(seconds);
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            return date <= now ? TimeSpan.Zero : date - now;
        return null;
    }
}
