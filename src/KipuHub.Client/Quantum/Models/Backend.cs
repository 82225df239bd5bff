using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class Backend
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("internal_id")] public string? InternalId { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("hardware_provider")] public string? HardwareProvider { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("display_name")] public string? DisplayName { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("technology")] public string? Technology { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("queue_size")] public int? QueueSize { get; set; }
    [JsonPropertyName("avg_queue_time")] public long? AvgQueueTime { get; set; }
    [JsonPropertyName("updated_at")] public DateTimeOffset? UpdatedAt { get; set; }
    [JsonPropertyName("access_type")] public string? AccessType { get; set; }
    [JsonPropertyName("documentation")] public Documentation? Documentation { get; set; }
    [JsonPropertyName("configuration")] public Configuration? Configuration { get; set; }
    [JsonPropertyName("availability")] public ShownList<AvailabilityTimes>? Availability { get; set; }
    [JsonPropertyName("costs")] public ShownList<Cost>? Costs { get; set; }
    [JsonPropertyName("has_calibration")] public bool? HasCalibration { get; set; }
    [JsonPropertyName("free_of_charge")] public bool? FreeOfCharge { get; set; }

    public override string ToString() => Id ?? "";
}

public sealed class BackendStateInfo
{
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("queue_size")] public int? QueueSize { get; set; }
    /// <summary>Average queue waiting time in seconds, as the provider reports it.</summary>
    [JsonPropertyName("queue_avg_time")] public long? QueueAvgTime { get; set; }
    [JsonPropertyName("provider_token_valid")] public bool? ProviderTokenValid { get; set; }
}

public sealed class Documentation
{
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("status_url")] public string? StatusUrl { get; set; }
    [JsonPropertyName("location")] public string? Location { get; set; }
    [JsonPropertyName("sdks")] public List<DocumentationSdk>? Sdks { get; set; }

    public override string ToString() => Description ?? Url ?? "";
}

public sealed class Cost
{
    [JsonPropertyName("granularity")] public string? Granularity { get; set; }
    /// <summary>ISO 4217 code.</summary>
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("value")] public double? Value { get; set; }

    public override string ToString() =>
        FormattableString.Invariant($"{Value} {Currency} per {Granularity}");
}

public sealed class AvailabilityTimes
{
    [JsonPropertyName("granularity")] public string? Granularity { get; set; }
    /// <summary>Time of day.</summary>
    [JsonPropertyName("start")] public string? Start { get; set; }
    [JsonPropertyName("end")] public string? End { get; set; }

    public override string ToString() => $"{Granularity} {Start}-{End}".Trim();
}
