using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>An application: what subscribes to services and calls them through the gateway with its credentials.</summary>
public sealed class Application
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("subscriptionCount")] public int? SubscriptionCount { get; set; }
    [JsonPropertyName("currentUserPermission")] public string? CurrentUserPermission { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>The Id under the name cmdlets of other nouns bind by (Get-QHubSubscription -ApplicationId).</summary>
    [JsonIgnore] public string? ApplicationId => Id;

    public override string ToString() => Name ?? Id ?? "";
}

/// <summary>An application's gateway credentials: the consumer key and secret that Connect-QHubService takes.</summary>
public sealed class ApplicationCredentials
{
    [JsonPropertyName("consumerKey")] public string? ConsumerKey { get; set; }
    [JsonPropertyName("consumerSecret")] public string? ConsumerSecret { get; set; }
}

public sealed class CreateApplicationRequest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
}

/// <summary>A bearer token for the gateway issued to an application (AccessTokenDto of the 2024 API): a secret.</summary>
public sealed class ApplicationAccessToken
{
    [JsonPropertyName("token")] public string? Token { get; set; }

    /// <summary>The 2024 API's other name for the token.</summary>
    [JsonPropertyName("value")] public string? Value { get; set; }

    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }

    [JsonIgnore] public string? Secret => Token ?? Value;
}

public sealed class UpdateApplicationRequest
{
    [JsonPropertyName("name")] public string Name { get; set; } = "";
}
