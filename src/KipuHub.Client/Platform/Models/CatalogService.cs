using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Platform.Models;

/// <summary>A service of the catalog (ServiceDto; camelCase) with its versions (serviceDefinitions on the wire).</summary>
public sealed class CatalogService
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("lifecycle")] public string? Lifecycle { get; set; }
    [JsonPropertyName("currentUserPermission")] public string? CurrentUserPermission { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("serviceDefinitions")] public ShownList<CatalogServiceVersion>? Versions { get; set; }

    /// <summary>The Id under the name cmdlets of other nouns bind by (Get-QHubServiceExecution -ServiceId).</summary>
    [JsonIgnore] public string? ServiceId => Id;

    /// <summary>The newest version: the one publish, unpublish and changes apply to unless another is named.</summary>
    [JsonIgnore]
    public CatalogServiceVersion? LatestVersion => Versions?.OrderBy(v => v.CreatedAt ??
        DateTimeOffset.MinValue).LastOrDefault();

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>One version of a catalog service (ServiceDefinitionDto): what is published, and where the gateway runs it.</summary>
public sealed class CatalogServiceVersion
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("context")] public string? Context { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("lifecycle")] public string? Lifecycle { get; set; }
    [JsonPropertyName("gatewayEndpoint")] public string? GatewayEndpoint { get; set; }

    /// <summary>Where an external service runs.</summary>
    [JsonPropertyName("productionEndpoint")] public string? ProductionEndpoint { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>The service this version belongs to (filled in by the client when the answer leaves it out).</summary>
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }

    public override string ToString() => $"{Name} {Version} ({Lifecycle})";
}

/// <summary>What update_service_version changes (UpdateVersionRequest); null fields stay as they are.</summary>
public sealed class UpdateServiceVersionRequest
{
    [JsonPropertyName("description")] public string? Description { get; set; }
}
