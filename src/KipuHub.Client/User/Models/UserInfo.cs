using System.Text.Json.Serialization;

namespace KipuHub.Client.User.Models;

/// <summary>A user's profile (UserDto; camelCase on the wire). Name, email and names belong to the identity provider.</summary>
public sealed class UserInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }
    [JsonPropertyName("firstName")] public string? FirstName { get; set; }
    [JsonPropertyName("lastName")] public string? LastName { get; set; }
    [JsonPropertyName("currentPosition")] public string? CurrentPosition { get; set; }
    [JsonPropertyName("homepage")] public string? Homepage { get; set; }
    [JsonPropertyName("about")] public string? About { get; set; }
    [JsonPropertyName("profileImageUrl")] public string? ProfileImageUrl { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    public override string ToString() => Email ?? Username ?? Id ?? "";
}

/// <summary>The editable fields of the current user's profile; null fields are left as they are.</summary>
public sealed class UpdateUserRequest
{
    [JsonPropertyName("currentPosition")] public string? CurrentPosition { get; set; }
    [JsonPropertyName("homepage")] public string? Homepage { get; set; }
    [JsonPropertyName("about")] public string? About { get; set; }
}

/// <summary>A personal access token. Its secret value is there only in the answer to its creation.</summary>
public sealed class AccessToken
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("usedAt")] public DateTimeOffset? UsedAt { get; set; }
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("default")] public bool? IsDefault { get; set; }
    [JsonPropertyName("token")] public string? Token { get; set; }

    public override string ToString() => Name ?? Id ?? "";
}

public sealed class CreateAccessTokenRequest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
}

/// <summary>The principal behind a token: who it is and what kind of token it is.</summary>
public sealed class Principal
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }

    public override string ToString() => $"{Type} {Email ?? UserId}".Trim();
}

public sealed class RegistrationStatus
{
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
}

internal sealed class ProfileImage
{
    [JsonPropertyName("url")] public string? Url { get; set; }
}
