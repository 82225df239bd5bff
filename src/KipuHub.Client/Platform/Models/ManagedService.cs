using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Platform.Models;

/// <summary>The build of a managed service version's source (BuildJobDto): WORKING, then SUCCESS or FAILURE.</summary>
public sealed class ServiceBuild
{
    /// <summary>WORKING, SUCCESS or FAILURE.</summary>
    [JsonPropertyName("status")] public string? Status { get; set; }

    /// <summary>INIT, BUILD_IMAGE, PUSH_IMAGE (UNKNOWN when the Hub does not say).</summary>
    [JsonPropertyName("step")] public string? Step { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("finishedAt")] public DateTimeOffset? FinishedAt { get; set; }
    [JsonPropertyName("validationResult")] public ValidationResult? ValidationResult { get; set; }

    /// <summary>The service and version built (filled in by the client).</summary>
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
    [JsonPropertyName("versionId")] public string? VersionId { get; set; }

    [JsonIgnore] public bool IsFinished => Status is "SUCCESS" or "FAILURE";

    public override string ToString() => $"{Status} ({Step})";
}

/// <summary>What validating the source found: SUCCESS, WARNING or ERROR, with messages.</summary>
public sealed class ValidationResult
{
    [JsonPropertyName("state")] public string? State { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("messages")] public TextList? Messages { get; set; }

    public override string ToString() => $"{State}: {Summary}";
}

/// <summary>create_managed_service of the 2024 API: these travel as query parameters beside the multipart source.</summary>
public sealed class CreateManagedServiceRequest
{
    public string Name { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>PYTHON_TEMPLATE (the default) or DOCKER.</summary>
    public string? Runtime { get; set; }
    public int? MilliCpus { get; set; }
    public int? MemoryInMegabytes { get; set; }
    public int? GpuCount { get; set; }
    public string? GpuAccelerator { get; set; }
}

public sealed class CreateWorkflowServiceRequest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
}

/// <summary>create_external_service of the 2024 API: query parameters beside the multipart API definition.</summary>
public sealed class CreateExternalServiceRequest
{
    public string Name { get; set; } = "";
    public string Url { get; set; } = "";
    public string? Description { get; set; }
}
