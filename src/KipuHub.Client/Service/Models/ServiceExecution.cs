using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Service.Models;

/// <summary>One run of a managed service, as the service gateway reports it (camelCase on the wire).</summary>
public sealed class ServiceExecution
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("startedAt")] public DateTimeOffset? StartedAt { get; set; }
    [JsonPropertyName("endedAt")] public DateTimeOffset? EndedAt { get; set; }
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
    [JsonPropertyName("serviceDefinitionId")] public string? ServiceDefinitionId { get; set; }
    [JsonPropertyName("applicationId")] public string? ApplicationId { get; set; }
    [JsonPropertyName("tags")] public TextList? Tags { get; set; }

    /// <summary>The service gateway (one service version's URL) this record came from; null for the catalog's records. A
    /// gateway sends no Type, ServiceId or ApplicationId: those are the catalog's (Get-QHubServiceExecution -Connection).</summary>
    [JsonIgnore] public Uri? Gateway { get; set; }

    public override string ToString() => $"{Id} ({Status})";
}

public sealed class ServiceExecutionStatus(string value) : StringEnum<ServiceExecutionStatus>(value)
{
    public static readonly ServiceExecutionStatus Unknown = new("UNKNOWN");
    public static readonly ServiceExecutionStatus Pending = new("PENDING");
    public static readonly ServiceExecutionStatus Running = new("RUNNING");
    public static readonly ServiceExecutionStatus Succeeded = new("SUCCEEDED");
    public static readonly ServiceExecutionStatus Failed = new("FAILED");
    public static readonly ServiceExecutionStatus Cancelled = new("CANCELLED");

    /// <summary>SUCCEEDED, FAILED and CANCELLED: the execution will not change any more.</summary>
    public bool IsTerminal => this == Succeeded || this == Failed || this == Cancelled;
}

public sealed class ServiceExecutionType(string value) : StringEnum<ServiceExecutionType>(value)
{
    public static readonly ServiceExecutionType Managed = new("MANAGED");
    public static readonly ServiceExecutionType Workflow = new("WORKFLOW");
}

/// <summary>One line of an execution's log. Older gateways send plain strings: those become the message.</summary>
public sealed class ServiceLogEntry
{
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("severity")] public string? Severity { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }

    public override string ToString() => $"{Timestamp:O} {Severity} {Message}".Trim();
}
