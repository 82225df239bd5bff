using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>An application's subscription to a service of the marketplace (SubscriptionDto).</summary>
public sealed class Subscription
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("application")] public Application? Application { get; set; }
    [JsonPropertyName("api")] public MarketplaceListing? Api { get; set; }
    [JsonPropertyName("logsAvailable")] public bool? LogsAvailable { get; set; }

    [JsonIgnore] public string? ApplicationId => Application?.Id;
    [JsonIgnore] public string? ServiceId => Api?.ServiceId;

    public override string ToString() => $"{Application?.Name} → {Api?.Name}";
}

public sealed class CreateSubscriptionRequest
{
    [JsonPropertyName("serviceId")] public string ServiceId { get; set; } = "";
    [JsonPropertyName("applicationId")] public string ApplicationId { get; set; } = "";
}
