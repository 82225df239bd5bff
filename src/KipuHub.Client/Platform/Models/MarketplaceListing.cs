using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>A service offered in the marketplace (ApiDto): what it is and the gateway URL to call it at.</summary>
public sealed class MarketplaceListing
{
    /// <summary>The listing's id (not the service's).</summary>
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("serviceId")] public string? ServiceId { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("context")] public string? Context { get; set; }
    [JsonPropertyName("version")] public string? Version { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonPropertyName("gatewayEndpoint")] public string? GatewayEndpoint { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("lifecycle")] public string? Lifecycle { get; set; }
    [JsonPropertyName("serviceType")] public string? ServiceType { get; set; }
    [JsonPropertyName("pricingCategory")] public string? PricingCategory { get; set; }
    [JsonPropertyName("rating")] public double? Rating { get; set; }
    [JsonPropertyName("isFeatured")] public bool? IsFeatured { get; set; }

    public override string ToString() => $"{Name} {Version}".Trim();
}
