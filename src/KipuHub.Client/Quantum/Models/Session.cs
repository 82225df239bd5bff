using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class Session
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("backend_id")] public string? BackendId { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("mode")] public string? Mode { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("started_at")] public DateTimeOffset? StartedAt { get; set; }
    [JsonPropertyName("closed_at")] public DateTimeOffset? ClosedAt { get; set; }
    [JsonPropertyName("expires_at")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("usage_time_millis")] public long? UsageTimeMillis { get; set; }
    [JsonPropertyName("provider_id")] public string? ProviderId { get; set; }
    [JsonPropertyName("tags")] public TextList? Tags { get; set; }
    [JsonPropertyName("metadata"), JsonConverter(typeof(JsonPlainValue))] public object? Metadata { get; set; }
    [JsonPropertyName("sdk_provider")] public string? SdkProvider { get; set; }
    [JsonPropertyName("final")] public bool? Final { get; set; }
    [JsonPropertyName("final_not_aborted")] public bool? FinalNotAborted { get; set; }

    public override string ToString() => $"{Id} ({Status})";
}

public sealed class SessionStatusResponse
{
    [JsonPropertyName("status")] public string? Status { get; set; }
}

public sealed class CreateSessionRequest
{
    [JsonPropertyName("backend_id")] public string BackendId { get; set; } = "";
    [JsonPropertyName("provider")] public Provider? Provider { get; set; }
    [JsonPropertyName("mode")] public SessionMode Mode { get; set; } = SessionMode.Batch;
    /// <summary>Maximum lifetime in seconds.</summary>
    [JsonPropertyName("ttl")] public int? Ttl { get; set; }
    [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
    [JsonPropertyName("metadata"), JsonConverter(typeof(JsonPlainValue))] public object? Metadata { get; set; }
    [JsonPropertyName("sdk_provider")] public JobSdkProvider? SdkProvider { get; set; }

    /// <summary>Tag this create with kqh-request:&lt;id&gt; to find it again if its answer is lost; null follows the client's
    /// option.</summary>
    [JsonIgnore] public bool? TagRequest { get; set; }

    internal CreateSessionRequest WithTag(string? requestTag)
    {
        if (requestTag is null) return this;
        var tagged = (CreateSessionRequest)MemberwiseClone();
        tagged.Tags = (Tags ?? new List<string>()).Append(requestTag).ToList();
        return tagged;
    }
}

/// <summary>Body of update_session_state: true → ACTIVE, false → DRAINING.</summary>
public sealed class UpdateSessionStateRequest
{
    [JsonPropertyName("accept_jobs")] public bool AcceptJobs { get; set; }
}
