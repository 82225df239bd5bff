using System.Text.Json.Nodes;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// The marketplace's seeded listings: services the emulator's gateway really runs, each with the gateway URL to call
/// it at (on this emulator's origin) and an OpenAPI document of its own.
/// </summary>
public static class Marketplace
{
    sealed record Listing(string Id, string ServiceId, string Name, string Context, string Version, string Description, string Provider,
        bool Featured);

    static readonly Listing[] Listings =
    {
        new("listing-vqe", "service-vqe", "vqe", "acme", "1.0.0",
            "Ground-state energies of small molecules with a variational quantum eigensolver.", "Acme Quantum", true),
        new("listing-qaoa", "service-qaoa", "qaoa-maxcut", "acme", "2.1.0", "MaxCut of weighted graphs with QAOA.", "Acme Quantum", false),
        new("listing-demo", "service-demo", "my-service", "demo", "1.0.0", "Echoes its input: the emulator's demonstration service.",
            "KipuHub emulator", false),
    };

    /// <summary>The gateway's key of a listed service ("context/service/version"); null for a service not listed.</summary>
    public static string? ServiceKeyOf(string serviceId) =>
        Listings.FirstOrDefault(l => l.ServiceId == serviceId) is { } l ? $"{l.Context}/{l.Name}/{l.Version}" : null;

    /// <summary>The service id of the listing the gateway runs at "context/service/version"; null for a service not listed.</summary>
    public static string? ServiceIdOfKey(string key) =>
        Listings.FirstOrDefault(l => $"{l.Context}/{l.Name}/{l.Version}" == key)?.ServiceId;

    /// <summary>The listing of a service as the API shows it (a subscription's api).</summary>
    public static object? ListingOf(HttpContext c, string serviceId) =>
        Listings.FirstOrDefault(l => l.ServiceId == serviceId) is { } l ? Wire(c, l) : null;

    public static void Map(RouteGroupBuilder group, OpenApiRegistry registry, string api)
    {
        registry.Map(group, api, "GET", "/v2/apis", "findServices", "The services of the marketplace", (HttpContext c) =>
            Results.Json(Listings.Select(l => Wire(c, l)).ToList(), EmulatorJson.CamelCase));
        registry.Map(group, api, "GET", "/v2/apis/{id}", "findService", "A marketplace listing", (HttpContext c, string id) =>
            Listings.FirstOrDefault(l => l.Id == id) is { } listing ? Results.Json(Wire(c, listing), EmulatorJson.CamelCase) :
                ApiError.NotFound(c, $"Listing '{id}' not found."));
        registry.Map(group, api, "GET", "/v2/apis/{id}/api-spec", "getApiSpec", "The OpenAPI document of a listed service",
            (HttpContext c, string id) =>
            Listings.FirstOrDefault(l => l.Id == id) is { } listing ? Results.Text(Spec(c, listing).ToJsonString(), "application/json") :
                ApiError.NotFound(c, $"Listing '{id}' not found."));
    }

    static string Gateway(HttpContext c, Listing l) =>
        $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}/gateway/{l.Context}/{l.Name}/{l.Version}";

    static object Wire(HttpContext c, Listing l) => new
    {
        id = l.Id,
        serviceId = l.ServiceId,
        name = l.Name,
        context = l.Context,
        version = l.Version,
        description = l.Description,
        gatewayEndpoint = Gateway(c, l),
        provider = l.Provider,
        lifecycle = "ACCEPTED",
        serviceType = "MANAGED",
        pricingCategory = "FREE",
        rating = 4.5,
        isFeatured = l.Featured,
    };

    static JsonObject Spec(HttpContext c, Listing l) => new()
    {
        ["openapi"] = "3.0.3",
        ["info"] = new JsonObject { ["title"] = l.Name, ["version"] = l.Version, ["description"] = l.Description },
        ["servers"] = new JsonArray(new JsonObject { ["url"] = Gateway(c, l) }),
        ["paths"] = new JsonObject
        {
            ["/"] = new JsonObject
            {
                ["post"] = new JsonObject
                {
                    ["operationId"] = "startExecution",
                    ["requestBody"] =
                        new JsonObject
                        {
                            ["content"] = new JsonObject
                            {
                                ["application/json"] = new JsonObject
                                { ["schema"] = new JsonObject { ["type"] = "object" } }
                            }
                        },
                },
            },
        },
    };
}
