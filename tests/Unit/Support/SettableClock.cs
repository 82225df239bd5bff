namespace KipuHub.Tests.Unit.Support;

/// <summary>A clock that stands still until the test moves it: an instant at a month's edge stays there.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    // Ticks in one long: the emulator reads the clock on its own threads while a test moves it, and a DateTimeOffset (two
    // fields) could be read half old, half new.
    long utcTicks = now.UtcTicks;

    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref utcTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref utcTicks, value.UtcTicks);
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
