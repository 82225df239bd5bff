using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum;

/// <summary>
/// A job and its schedule. The status is derived from the clock when read (PENDING → RUNNING → COMPLETED
/// or FAILED; CANCELLING → CANCELLED; ABORTED with its session), so no background work is needed.
/// </summary>
public sealed class JobRecord
{
    public required string Id { get; init; }
    public required string Owner { get; init; }

    /// <summary>The user who submitted it (null in state files written before this was kept).</summary>
    public string? CreatedBy { get; init; }
    public required string BackendId { get; init; }
    public required string Provider { get; init; }
    public string? Name { get; init; }
    public string? SessionId { get; init; }
    public string? ServiceExecutionId { get; init; }
    public required int Shots { get; init; }
    public required string InputJson { get; init; }
    public string? InputFormat { get; init; }
    public JsonNode? InputParams { get; init; }
    public List<string>? Tags { get; init; }
    public string? SdkProvider { get; init; }
    public required int Seed { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }

    /// <summary>Why the job fails when it runs (invalid input found on execution), or null.</summary>
    public string? FailureReason { get; init; }

    public DateTimeOffset? CancelRequestedAt { get; set; }
    public DateTimeOffset? CancelledAt { get; set; }
    public DateTimeOffset? AbortedAt { get; set; }

    /// <summary>Computed by the executor off the request path (JobExecutor.Start); until it is, a job past its end is RUNNING.
    /// </summary>
    public string? ResultJson { get; set; }

    /// <summary>Set by /_emulator/jobs/{id}/hold: the job's clock stops there, so a test sees a state as long as it needs
    /// (CANCELLING, RUNNING) instead of catching a window; /release lets the clock run again.</summary>
    public DateTimeOffset? HeldAt { get; set; }

    public string Status(DateTimeOffset now)
    {
        now = Held(now);
        if (AbortedAt is { } aborted && now >= aborted) return JobStates.Aborted;
        if (CancelRequestedAt is not null) return now >= CancelledAt ? JobStates.Cancelled : JobStates.Cancelling;
        if (now < StartsAt) return JobStates.Pending;
        if (now < EndsAt || FailureReason is null && ResultJson is null) return JobStates.Running;
        return FailureReason is null ? JobStates.Completed : JobStates.Failed;
    }

    public DateTimeOffset? StartedAt(DateTimeOffset now)
    {
        now = Held(now);
        var interruptedAt = CancelRequestedAt ?? AbortedAt;
        if (interruptedAt is { } at && at < StartsAt) return null;
        return now >= StartsAt ? StartsAt : null;
    }

    public DateTimeOffset? EndedAt(DateTimeOffset now) => Status(now) switch
    {
        JobStates.Completed or JobStates.Failed => EndsAt,
        JobStates.Cancelled => CancelledAt,
        JobStates.Aborted => AbortedAt,
        _ => null,
    };

    DateTimeOffset Held(DateTimeOffset now) => HeldAt is { } held && held < now ? held : now;

    /// <summary>Terminal by the time of its scheduled end, if nothing interrupts it.</summary>
    public bool IsTerminal(DateTimeOffset now) => JobStates.IsTerminal(Status(now));
}

public static class JobStates
{
    public const string Pending = "PENDING", Running = "RUNNING", Completed = "COMPLETED", Failed = "FAILED",
        Cancelling = "CANCELLING", Cancelled = "CANCELLED", Aborted = "ABORTED";

    public static bool IsTerminal(string status) => status is Completed or Failed or Cancelled or Aborted;
}
