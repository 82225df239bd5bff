using KipuHub.Client.Quantum.Models;
using KipuHub.Emulator;

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// An emulator whose clock stands still until the test moves it, so that a job ends at the instant the test chose: a
/// job submitted at <c>Clock.Now</c> ends 250 ms later (100 ms pending, 150 ms running).
/// </summary>
public abstract class ClockedEmulatorFixture(DateTimeOffset start) : EmulatorFixture
{
    public static readonly TimeSpan JobDuration = TimeSpan.FromMilliseconds(250);

    public SettableClock Clock { get; } = new(start);

    protected override void Configure(EmulatorOptions options) => options.Clock = Clock;

    /// <summary>Submits a job now, moves the clock to its end and waits for its result; the job's id.</summary>
    public async Task<string> CompletedJobAsync(string? organization, int shots, string backend, JobInput? input = null)
    {
        using var quantum = Quantum(organization);
        var job = await quantum.Jobs.CreateJobAsync(Circuits.Job(input ?? Circuits.Bell(), shots, backend));
        Clock.Now += JobDuration;
        await WaitForAsync(quantum, job.Id!);
        return job.Id!;
    }

    /// <summary>An instant as a query value: round-trip format, escaped (its offset's '+' would read as a space).</summary>
    public static string Query(DateTimeOffset instant) => Uri.EscapeDataString(instant.ToString("O"));
}
