using System.Text.Json.Serialization;

namespace KipuHub.Client.Quantum.Models;

/// <summary>A job or a session in the one workload listing (WorkloadResponse).</summary>
public sealed class Workload
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("backend_id")] public string? BackendId { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    /// <summary>A JobStatus value for jobs, a SessionStatus value for sessions.</summary>
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("started_at")] public DateTimeOffset? StartedAt { get; set; }
    [JsonPropertyName("ended_at")] public DateTimeOffset? EndedAt { get; set; }
    [JsonPropertyName("sdk_provider")] public string? SdkProvider { get; set; }

    public override string ToString() => $"{Type} {Id} ({Status})";

    /// <summary>
    /// A session workload as a Session with the fields the listing carries; mode, expiry and tags come only with
    /// the session itself (get_session). Null for a job.
    /// </summary>
    public Session? AsSession() => Type == WorkloadType.Session
        ? new Session
        {
            Id = Id,
            BackendId = BackendId,
            Provider = Provider,
            Status = Status,
            CreatedAt = CreatedAt,
            StartedAt = StartedAt,
            ClosedAt = EndedAt,
            SdkProvider = SdkProvider,
        }
        : null;
}
