using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>An organization the user belongs to, with the user's role in it.</summary>
public sealed class Organization
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("accountType")] public string? AccountType { get; set; }

    /// <summary>The calling user's role (OrganizationMembershipRole: VIEWER, MAINTAINER, OWNER).</summary>
    [JsonPropertyName("role")] public string? Role { get; set; }

    [JsonPropertyName("memberCount")] public int? MemberCount { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The Id under the name the member and provider-token cmdlets bind by.</summary>
    [JsonIgnore] public string? OrganizationId => Id;

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>A member of an organization and their role.</summary>
public sealed class OrganizationMember
{
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("joinedAt")] public DateTimeOffset? JoinedAt { get; set; }

    /// <summary>The organization (filled in by the client), so that members flow into Set- and Remove- on their own.</summary>
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }

    public override string ToString() => $"{Name ?? UserId} ({Role})";
}

/// <summary>
/// A quantum provider's token stored in an organization (IBM, AWS, …) for its jobs to use. The Hub never answers
/// with the token itself: only which provider has one, since when, and its last characters.
/// </summary>
public sealed class ProviderToken
{
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("lastCharacters")] public string? LastCharacters { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }

    public override string ToString() => $"{Provider} …{LastCharacters}";
}

public sealed class OrganizationRequest
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
}

public sealed class OrganizationMemberRequest
{
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("role")] public string Role { get; set; } = "VIEWER";
}

public sealed class ProviderTokenRequest
{
    [JsonPropertyName("token")] public string Token { get; set; } = "";

    /// <summary>The request with the token as its body, marked secret so that it is never logged.</summary>
    internal static Core.Http.HubRequest Secret(Core.Http.HubRequest request, string token)
    {
        if (string.IsNullOrWhiteSpace(token)) throw new ArgumentException("The token is missing.", nameof(token));
        request.Body = System.Text.Json.JsonSerializer.Serialize(new ProviderTokenRequest { Token = token.Trim() },
            Core.Json.HubJson.Options);
        request.BodyIsSecret = true;
        return request;
    }
}
