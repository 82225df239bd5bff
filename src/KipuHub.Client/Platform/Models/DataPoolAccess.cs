using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>A grant that lets a service read a data pool while it runs (the service acquires short-lived tokens with it).</summary>
public sealed class DataPoolGrant
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("dataPoolId")] public string? DataPoolId { get; set; }
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }

    public override string ToString() => $"{ServiceId} → {DataPoolId}";
}

/// <summary>Who else sees a resource of the catalog: a user or an organization, as VIEWER or MAINTAINER.</summary>
public abstract class Share
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    /// <summary>USER or ORGANIZATION.</summary>
    [JsonPropertyName("principalType")] public string? PrincipalType { get; set; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; set; }

    /// <summary>VIEWER or MAINTAINER.</summary>
    [JsonPropertyName("permission")] public string? Permission { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => $"{PrincipalType} {PrincipalId} ({Permission})";
}

/// <summary>Who else sees a data pool.</summary>
public sealed class DataPoolShare : Share
{
    [JsonPropertyName("dataPoolId")] public string? DataPoolId { get; set; }
}

/// <summary>Who else sees a service of the catalog.</summary>
public sealed class ServiceShare : Share
{
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
}

public sealed class CreateDataPoolGrantRequest
{
    [JsonPropertyName("serviceId")] public string ServiceId { get; set; } = "";
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
}

public sealed class ShareRequest
{
    [JsonPropertyName("principalType")] public string? PrincipalType { get; set; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; set; }
    [JsonPropertyName("permission")] public string Permission { get; set; } = "VIEWER";
}
