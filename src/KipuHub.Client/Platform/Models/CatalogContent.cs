using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>An algorithm of the catalog: what it solves and how, with its sketches, relations and permissions.</summary>
public sealed class Algorithm
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("problemType")] public string? ProblemType { get; set; }
    [JsonPropertyName("currentUserPermission")] public string? CurrentUserPermission { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    /// <summary>The Id under the name implementation cmdlets bind by.</summary>
    [JsonIgnore] public string? AlgorithmId => Id;

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>An implementation of an algorithm: code in a language, for an SDK, somewhere.</summary>
public sealed class Implementation
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("algorithmId")] public string? AlgorithmId { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("programmingLanguage")] public string? ProgrammingLanguage { get; set; }
    [JsonPropertyName("sourceUrl")] public string? SourceUrl { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>A use case of the catalog: a problem of an industry that algorithms and services address.</summary>
public sealed class UseCase
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("industry")] public string? Industry { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    public override string ToString() => Title ?? Id ?? "";
}

/// <summary>A sketch of an algorithm: a figure or a short text showing how it works.</summary>
public sealed class AlgorithmSketch
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("algorithmId")] public string? AlgorithmId { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => Title ?? Id ?? "";
}

/// <summary>How an algorithm relates to another (SUBROUTINE_OF, VARIANT_OF, ...).</summary>
public sealed class AlgorithmRelation
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("algorithmId")] public string? AlgorithmId { get; set; }
    [JsonPropertyName("targetAlgorithmId")] public string? TargetAlgorithmId { get; set; }
    [JsonPropertyName("relationType")] public string? RelationType { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => $"{RelationType} {TargetAlgorithmId}";
}

/// <summary>Who may see or change an algorithm: a user or an organization, as VIEWER, MAINTAINER or OWNER.</summary>
public sealed class AlgorithmPermission
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("algorithmId")] public string? AlgorithmId { get; set; }
    [JsonPropertyName("principalType")] public string? PrincipalType { get; set; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; set; }
    [JsonPropertyName("permission")] public string? Permission { get; set; }

    public override string ToString() => $"{PrincipalType} {PrincipalId} ({Permission})";
}

/// <summary>Fields of an algorithm, implementation or use case to create or change; null fields are left out.</summary>
public sealed class CatalogContentRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("problemType")] public string? ProblemType { get; set; }
    [JsonPropertyName("industry")] public string? Industry { get; set; }
    [JsonPropertyName("algorithmId")] public string? AlgorithmId { get; set; }
    [JsonPropertyName("programmingLanguage")] public string? ProgrammingLanguage { get; set; }
    [JsonPropertyName("sourceUrl")] public string? SourceUrl { get; set; }
}

public sealed class AlgorithmSketchRequest
{
    [JsonPropertyName("title")] public string Title { get; set; } = "";
    [JsonPropertyName("description")] public string? Description { get; set; }
}

public sealed class AlgorithmRelationRequest
{
    [JsonPropertyName("targetAlgorithmId")] public string TargetAlgorithmId { get; set; } = "";
    [JsonPropertyName("relationType")] public string RelationType { get; set; } = "";
}

public sealed class AlgorithmPermissionRequest
{
    [JsonPropertyName("principalType")] public string PrincipalType { get; set; } = "USER";
    [JsonPropertyName("principalId")] public string PrincipalId { get; set; } = "";
    [JsonPropertyName("permission")] public string Permission { get; set; } = "VIEWER";
}

/// <summary>A git provider integration services are built from; its token is never answered back.</summary>
public sealed class GitIntegration
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>GITHUB, GITLAB or BITBUCKET.</summary>
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }

    /// <summary>Whether a token is stored (its value never comes back).</summary>
    [JsonPropertyName("tokenConfigured")] public bool? TokenConfigured { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("modifiedAt")] public DateTimeOffset? ModifiedAt { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>Fields of a git integration to create or change; null fields are left out. The body is never logged.</summary>
public sealed class GitIntegrationRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("token")] public string? Token { get; set; }
}
