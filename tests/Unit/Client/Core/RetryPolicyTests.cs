using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;

namespace KipuHub.Tests.Unit.Client.Core;

public sealed class RetryPolicyTests
{
    static readonly HubClientOptions Options = new()
    {
        ApiKey = "x",
        RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        MaxRetryDelay = TimeSpan.FromMilliseconds(1000),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    [Theory]
    [InlineData(1, 50, 100)]
    [InlineData(2, 100, 200)]
    [InlineData(3, 200, 400)]
    [InlineData(4, 400, 800)]
    [InlineData(5, 500, 1000)]
    [InlineData(9, 500, 1000)]
    public void Backoff_doubles_per_retry_within_equal_jitter_bounds_and_is_capped(int retry, int minMs, int maxMs)
    {
        var policy = new RetryPolicy(Options, new Random(retry));
        for (var i = 0; i < 200; i++)
            Assert.InRange(policy.DelayBeforeRetry(retry, null).TotalMilliseconds, minMs, maxMs);
    }

    [Fact]
    public void Backoff_has_jitter()
    {
        var policy = new RetryPolicy(Options, new Random(1));
        var delays = Enumerable.Range(0, 20).Select(_ => policy.DelayBeforeRetry(2, null)).Distinct().Count();
        Assert.True(delays > 10);
    }

    [Fact]
    public void Retry_after_wins_over_backoff_and_is_capped()
    {
        var policy = new RetryPolicy(Options);
        Assert.Equal(TimeSpan.FromSeconds(2), policy.DelayBeforeRetry(1, TimeSpan.FromSeconds(2)));
        Assert.Equal(TimeSpan.FromSeconds(5), policy.DelayBeforeRetry(1, TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Retry_after_parses_seconds_and_http_dates()
    {
        var now = new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);
        IReadOnlyDictionary<string, IReadOnlyList<string>> Headers(string v) => new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase) { ["retry-after"] = new[] { v } };
        Assert.Equal(TimeSpan.FromSeconds(7), RetryPolicy.ParseRetryAfter(Headers("7"), now));
        Assert.Equal(TimeSpan.FromSeconds(30), RetryPolicy.ParseRetryAfter(Headers("Sun, 22 Nov 2026 10:00:30 GMT"), now));
        Assert.Equal(TimeSpan.Zero, RetryPolicy.ParseRetryAfter(Headers("Sun, 22 Nov 2026 09:00:00 GMT"), now));
        Assert.Null(RetryPolicy.ParseRetryAfter(Headers("soon"), now));
    }

    [Theory]
    [InlineData(RouteKind.Read, "LostAfterSend", 0, false, true)]
    [InlineData(RouteKind.Read, "TimedOut", 0, false, true)]
    [InlineData(RouteKind.Read, "Status", 500, false, true)]
    [InlineData(RouteKind.Read, "Status", 404, false, false)]
    [InlineData(RouteKind.IdempotentWrite, "Status", 502, false, true)]
    [InlineData(RouteKind.Create, "NotSent", 0, false, true)]
    [InlineData(RouteKind.Create, "LostAfterSend", 0, false, false)]
    [InlineData(RouteKind.Create, "TimedOut", 0, false, false)]
    [InlineData(RouteKind.Create, "Status", 500, false, false)]
    [InlineData(RouteKind.Create, "Status", 503, false, false)]
    [InlineData(RouteKind.Create, "Status", 503, true, true)]
    [InlineData(RouteKind.Create, "Status", 429, false, true)]
    public void Decides_what_may_be_retried(RouteKind kind, string failure, int status, bool retryAfter, bool expected)
    {
        Assert.Equal(expected, new RetryPolicy(Options).ShouldRetry(kind, Enum.Parse<AttemptFailure>(failure), status, retryAfter));
    }
}
