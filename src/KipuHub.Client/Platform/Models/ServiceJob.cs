using System.Text.Json.Serialization;
using KipuHub.Client.Service.Models;

namespace KipuHub.Client.Platform.Models;

/// <summary>A service job (JobDto of the 2024 API): a long-running execution of a service version started from the catalog.</summary>
public sealed class ServiceJob
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; set; }
    [JsonPropertyName("endedAt")] public DateTimeOffset? EndedAt { get; set; }
    [JsonPropertyName("persistResult")] public bool? PersistResult { get; set; }
    [JsonPropertyName("resultDataPoolId")] public string? ResultDataPoolId { get; set; }
    [JsonPropertyName("serviceDefinition")] public ServiceJobDefinition? ServiceDefinition { get; set; }

    [JsonIgnore] public string? ServiceJobId => Id;

    public override string ToString() => $"{Id} ({Status})";
}

/// <summary>The service version a job runs (ServiceDefinitionOverviewDto).</summary>
public sealed class ServiceJobDefinition
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("lifecycle")] public string? Lifecycle { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>create_job of the 2024 API: input and parameters travel as JSON text.</summary>
public sealed class CreateServiceJobRequest
{
    [JsonPropertyName("serviceDefinitionId")] public string ServiceDefinitionId { get; set; } = "";
    [JsonPropertyName("inputData")] public string? InputData { get; set; }
    [JsonPropertyName("parameters")] public string? Parameters { get; set; }
    [JsonPropertyName("persistResult")] public bool? PersistResult { get; set; }
}
