using System.IO.Compression;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// A build of a managed service version's source, moving with the clock: INIT, BUILD_IMAGE, PUSH_IMAGE, then
/// SUCCESS; or FAILURE at validation when the source is not a zip archive with files in it.
/// </summary>
public sealed class ServiceBuild(DateTimeOffset startedAt, TimeSpan stepDuration, string? problem)
{
    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan StepDuration { get; } = stepDuration;

    /// <summary>Why validation fails (null when the source is fine).</summary>
    public string? Problem { get; } = problem;

    /// <summary>A build of this source: checked at once, the steps then taking <paramref name="stepDuration"/> each.</summary>
    public static ServiceBuild Of(byte[] source, DateTimeOffset now, TimeSpan stepDuration) => new(now, stepDuration, ProblemOf(source));

    static string? ProblemOf(byte[] source)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(source), ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.Length > 0) ? null : "The archive holds no files.";
        }
        catch (InvalidDataException)
        {
            return "The source is not a zip archive.";
        }
    }

    int StepsDone(DateTimeOffset now) => (int)Math.Min(3, Math.Max(0, (now - StartedAt).Ticks / Math.Max(1, StepDuration.Ticks)));

    public bool IsRunning(DateTimeOffset now) => Status(now) == "WORKING";

    public string Status(DateTimeOffset now) => StepsDone(now) < (Problem is null ? 3 : 1) ? "WORKING" : Problem is null ? "SUCCESS" :
        "FAILURE";

    public string Step(DateTimeOffset now) => Problem is not null && StepsDone(now) >= 1 ? "INIT" :
        StepsDone(now) switch { 0 => "INIT", 1 => "BUILD_IMAGE", _ => "PUSH_IMAGE" };

    public object Wire(DateTimeOffset now, string serviceId, string versionId) => new
    {
        status = Status(now),
        step = Step(now),
        createdAt = StartedAt,
        finishedAt = IsRunning(now) ? (DateTimeOffset?)null : StartedAt + StepDuration * (Problem is null ? 3 : 1),
        validationResult = StepsDone(now) >= 1 || Problem is not null && !IsRunning(now)
            ? new
            {
                state = Problem is null ? "SUCCESS" : "ERROR",
                summary = Problem ?? "The source is valid.",
                messages = Problem is null
                ? Array.Empty<string>() : new[] { Problem }
            }
            : null,
        serviceId,
        versionId,
    };

    /// <summary>The log so far, one line per step reached.</summary>
    public string Log(DateTimeOffset now)
    {
        var lines = new List<string> { $"{StartedAt:O} INIT Validating the source." };
        var done = StepsDone(now);
        if (Problem is not null)
        {
            if (done >= 1) lines.Add($"{StartedAt + StepDuration:O} ERROR {Problem}");
            return string.Join("\n", lines) + "\n";
        }
        if (done >= 1) lines.Add($"{StartedAt + StepDuration:O} BUILD_IMAGE Building the image.");
        if (done >= 2) lines.Add($"{StartedAt + StepDuration * 2:O} PUSH_IMAGE Pushing the image.");
        if (done >= 3) lines.Add($"{StartedAt + StepDuration * 3:O} SUCCESS The service is ready.");
        return string.Join("\n", lines) + "\n";
    }
}
