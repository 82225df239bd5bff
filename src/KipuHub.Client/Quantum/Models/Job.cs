using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class Job
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("backend_id")] public string? BackendId { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("provider_job_id")] public string? ProviderJobId { get; set; }
    [JsonPropertyName("session_id")] public string? SessionId { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("shots")] public int? Shots { get; set; }
    [JsonPropertyName("input_format")] public string? InputFormat { get; set; }
    /// <summary>The job's input as the Hub returns it with the job, where it does (Get-QHubJobInput reads it alone).</summary>
    [JsonPropertyName("input"), JsonConverter(typeof(JsonPlainValue))] public object? Input { get; set; }
    [JsonPropertyName("input_params"), JsonConverter(typeof(JsonPlainValue))] public object? InputParams { get; set; }
    [JsonPropertyName("tags")] public TextList? Tags { get; set; }
    [JsonPropertyName("created_at")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("started_at")] public DateTimeOffset? StartedAt { get; set; }
    [JsonPropertyName("ended_at")] public DateTimeOffset? EndedAt { get; set; }
    /// <summary>Runtime in milliseconds.</summary>
    [JsonPropertyName("runtime")] public long? Runtime { get; set; }
    [JsonPropertyName("sdk_provider")] public string? SdkProvider { get; set; }
    /// <summary>Why a job failed; an older Hub sends it as a JSON string.</summary>
    [JsonPropertyName("error_data"), JsonConverter(typeof(JsonPlainValue))] public object? ErrorData { get; set; }

    public override string ToString() => $"{Id} ({Status})";
}

public sealed class JobStatusResponse
{
    [JsonPropertyName("status")] public string? Status { get; set; }
}

public sealed class CalibrationResponse
{
    [JsonPropertyName("backend_id")] public string? BackendId { get; set; }
    [JsonPropertyName("calibrated_at")] public DateTimeOffset? CalibratedAt { get; set; }
    [JsonPropertyName("calibration"), JsonConverter(typeof(JsonPlainValue))] public object? Calibration { get; set; }
}
