using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>A data pool of the catalog (DataPoolDto; camelCase). Fields the client does not know are ignored.</summary>
public sealed class DataPool
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("shortDescription")] public string? ShortDescription { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("currentUserPermission")] public string? CurrentUserPermission { get; set; }
    [JsonPropertyName("createdBy")] public string? CreatedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>The Id under the name the file, grant and share cmdlets bind by.</summary>
    [JsonIgnore] public string? DataPoolId => Id;

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>A file of a data pool (DataPoolFileDto; its field list is not public: the common fields are read).</summary>
public sealed class DataPoolFile
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>The size in bytes, as the Hub names it (DataPoolFileDto has no "size").</summary>
    [JsonPropertyName("contentLength")] public long? ContentLength { get; set; }

    /// <summary>Where the Hub keeps the file.</summary>
    [JsonPropertyName("fullPath")] public string? FullPath { get; set; }

    /// <summary>The size in bytes (<see cref="ContentLength"/>), under the name scripts sort and sum files by.</summary>
    [JsonIgnore] public long? Size => ContentLength;
    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The pool the file belongs to, so that files flow down a pipeline on their own.</summary>
    [JsonPropertyName("dataPoolId")] public string? DataPoolId { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}

public sealed class CreateDataPoolRequest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
}

/// <summary>What update_data_pool changes; null fields stay as they are.</summary>
public sealed class UpdateDataPoolRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("shortDescription")] public string? ShortDescription { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
}
