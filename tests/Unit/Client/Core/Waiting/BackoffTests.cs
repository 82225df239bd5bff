using KipuHub.Client.Core.Waiting;

namespace KipuHub.Tests.Unit.Client.Core.Waiting;

public sealed class BackoffTests
{
    [Fact]
    public void Grows_by_the_factor_up_to_the_cap_with_bounded_jitter()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), factor: 2, jitter: 0.1, new Random(4));
        var expected = new[] { 1.0, 2, 4, 5, 5 };
        foreach (var seconds in expected)
            Assert.InRange(backoff.Next().TotalSeconds, seconds, seconds * 1.1);
    }

    [Fact]
    public void Rejects_nonsense()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff(TimeSpan.Zero, TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Backoff(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
    }
}
