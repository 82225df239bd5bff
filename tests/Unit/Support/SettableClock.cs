namespace KipuHub.Tests.Unit.Support;

/// <summary>A clock that stands still until the test moves it: an instant at a month's edge stays there.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
