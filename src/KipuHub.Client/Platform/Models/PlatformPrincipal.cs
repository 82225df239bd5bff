using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>The principal authorize resolves a token to: a personal access token's user, or a service execution's.</summary>
public sealed class PlatformPrincipal
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }

    public override string ToString() => $"{Type} {Email ?? UserId}".Trim();
}
