namespace KipuHub.Emulator.Persistence;

/// <summary>A key that is set (a notification read, a configured token taken in), with when it was set.</summary>
public sealed record Mark(DateTimeOffset At);
