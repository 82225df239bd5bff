using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Platform.Models;

/// <summary>An invitation of an email address into an organization, with the role it gives: PENDING, then ACCEPTED.</summary>
public sealed class Invitation
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }
    [JsonPropertyName("organizationName")] public string? OrganizationName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; }
    [JsonPropertyName("invitedBy")] public string? InvitedBy { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    [JsonIgnore] public string? InvitationId => Id;

    public override string ToString() => $"{Email} → {OrganizationName ?? OrganizationId} ({Status})";
}

public sealed class InvitationRequest
{
    [JsonPropertyName("organizationId")] public string OrganizationId { get; set; } = "";
    [JsonPropertyName("email")] public string Email { get; set; } = "";
    [JsonPropertyName("role")] public string Role { get; set; } = "VIEWER";
}

/// <summary>The caller's account: who, what kind, and in which organizations.</summary>
public sealed class Account
{
    [JsonPropertyName("userId")] public string? UserId { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    /// <summary>BASIC, PRO or BUSINESS.</summary>
    [JsonPropertyName("accountType")] public string? AccountType { get; set; }
    [JsonPropertyName("organizationIds")] public TextList? OrganizationIds { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }
}
