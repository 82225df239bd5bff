using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum;

/// <summary>A session: OPEN → ACTIVE (first job) ⇄ DRAINING (accept_jobs) → CLOSED, INACTIVE when idle, ABORTED on cancel, CLOSED at
/// ttl.</summary>
public sealed class SessionRecord
{
    public required string Id { get; init; }
    public required string Owner { get; init; }
    public required string BackendId { get; init; }
    public required string Provider { get; init; }
    public required string Mode { get; init; }
    public string? ServiceExecutionId { get; init; }
    public List<string>? Tags { get; init; }
    public JsonNode? Metadata { get; init; }
    public string? SdkProvider { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }

    /// <summary>The state last set by a request; the clock may move it on (expiry, inactivity).</summary>
    public string State { get; set; } = SessionStates.Open;
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset LastActivity { get; set; }

    public string Status(DateTimeOffset now, TimeSpan inactivity, bool hasJobsInFlight)
    {
        if (State is SessionStates.Closed or SessionStates.Aborted) return State;
        if (now >= ExpiresAt) return SessionStates.Closed;
        if (State == SessionStates.Active && !hasJobsInFlight && now - LastActivity >= inactivity) return SessionStates.Inactive;
        return State;
    }

    public DateTimeOffset? ClosedAtFor(DateTimeOffset now) => ClosedAt ?? (now >= ExpiresAt ? ExpiresAt : null);

    public long UsageTimeMillis(DateTimeOffset now) =>
        StartedAt is { } started ? (long)((ClosedAtFor(now) ?? now) - started).TotalMilliseconds : 0;
}

public static class SessionStates
{
    public const string Open = "OPEN", Active = "ACTIVE", Inactive = "INACTIVE", Draining = "DRAINING", Closed = "CLOSED", Aborted =
        "ABORTED";

    public static bool AcceptsJobs(string status) => status is Open or Active or Inactive;

    public static bool IsFinal(string status) => status is Closed or Aborted;
}
