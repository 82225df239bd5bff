using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class SessionStatus(string value) : StringEnum<SessionStatus>(value)
{
    public static readonly SessionStatus Unknown = new("UNKNOWN");
    public static readonly SessionStatus Open = new("OPEN");
    public static readonly SessionStatus Active = new("ACTIVE");
    public static readonly SessionStatus Inactive = new("INACTIVE");
    public static readonly SessionStatus Draining = new("DRAINING");
    public static readonly SessionStatus Closed = new("CLOSED");
    public static readonly SessionStatus Aborted = new("ABORTED");

    /// <summary>The states in which the Hub accepts new jobs for the session.</summary>
    public bool AcceptsJobs => this == Open || this == Active || this == Inactive;

    // EXPIRED and FAILED appear in an older SDK's is_final() without being defined; treat them as final too.
    public bool IsFinal => this == Closed || this == Aborted
        || string.Equals(Value, "EXPIRED", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Value, "FAILED", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Lower-case on the wire.</summary>
public sealed class SessionMode(string value) : StringEnum<SessionMode>(value)
{
    public static readonly SessionMode Batch = new("batch");
    public static readonly SessionMode Dedicated = new("dedicated");
}
