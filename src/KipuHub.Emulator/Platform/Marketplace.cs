using System.Text.Json.Nodes;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// The marketplace: its seeded listings, services the emulator's gateway runs for everyone, and every published version
/// of the catalog's services, each with the gateway URL to call it at (on this emulator's origin) and an OpenAPI
/// document of its own. An application subscribes to what is listed; unpublishing a version takes its listing away.
/// </summary>
public sealed class Marketplace(CatalogServices services)
{
    sealed record Listing(string Id, string ServiceId, string Name, string Context, string Version, string Description, string Provider,
        bool Featured, string Type = "MANAGED");

    static readonly Listing[] Seeded =
    {
        new("listing-vqe", "service-vqe", "vqe", "acme", "1.0.0",
            "Ground-state energies of small molecules with a variational quantum eigensolver.", "Acme Quantum", true),
        new("listing-qaoa", "service-qaoa", "qaoa-maxcut", "acme", "2.1.0", "MaxCut of weighted graphs with QAOA.", "Acme Quantum", false),
        new("listing-demo", "service-demo", "my-service", "demo", "1.0.0", "Echoes its input: the emulator's demonstration service.",
            "KipuHub emulator", false),
    };

    IEnumerable<Listing> Listings() => Seeded.Concat(services.Published().Select(p => Of(p.Service, p.Version)));

    static Listing Of(CatalogServices.Service s, CatalogServices.Version v) =>
        new(v.Id, s.Id, s.Name, v.Context, v.Number, v.Description ?? "", v.Context, false, s.Type);

    /// <summary>The gateway's key of a seeded listing ("context/service/version"); null for any other service.</summary>
    public static string? SeededServiceKeyOf(string serviceId) =>
        Seeded.FirstOrDefault(l => l.ServiceId == serviceId) is { } l ? Key(l) : null;

    /// <summary>The service id of the seeded listing the gateway runs at "context/service/version"; null for any other.</summary>
    public static string? SeededServiceIdOfKey(string key) => Seeded.FirstOrDefault(l => Key(l) == key)?.ServiceId;

    /// <summary>Whether an application may subscribe to the service now: it is seeded, or a version of it is published.</summary>
    public bool Lists(string serviceId) => Listings().Any(l => l.ServiceId == serviceId);

    /// <summary>Every "context/service/version" the service runs at: a seeded listing's, or each version of a catalog service.</summary>
    public IReadOnlyCollection<string> ServiceKeysOf(string serviceId) =>
        SeededServiceKeyOf(serviceId) is { } seeded ? new[] { seeded }
        : services.Of(serviceId) is { } s ? s.Versions.Select(v => CatalogServices.GatewayKey(s, v)).ToList()
        : Array.Empty<string>();

    /// <summary>The listing a subscription shows: the service's newest listed version, else (unpublished since) its newest
    /// version.</summary>
    public object? ListingOf(HttpContext c, string serviceId) =>
        Listings().LastOrDefault(l => l.ServiceId == serviceId) is { } listed ? Wire(c, listed)
        : services.Of(serviceId) is { Versions.Count: > 0 } s ? Wire(c, Of(s, s.Versions[^1]))
        : null;

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry, string api)
    {
        registry.Map(group, api, "GET", "/v2/apis", "findServices", "The services of the marketplace", (HttpContext c) =>
            Results.Json(Listings().Select(l => Wire(c, l)).ToList(), EmulatorJson.CamelCase));
        registry.Map(group, api, "GET", "/v2/apis/{id}", "findService", "A marketplace listing", (HttpContext c, string id) =>
            Listings().FirstOrDefault(l => l.Id == id) is { } listing ? Results.Json(Wire(c, listing), EmulatorJson.CamelCase) :
                ApiError.NotFound(c, $"Listing '{id}' not found."));
        registry.Map(group, api, "GET", "/v2/apis/{id}/api-spec", "getApiSpec", "The OpenAPI document of a listed service",
            (HttpContext c, string id) =>
            Listings().FirstOrDefault(l => l.Id == id) is { } listing ? Results.Text(Spec(c, listing).ToJsonString(), "application/json") :
                ApiError.NotFound(c, $"Listing '{id}' not found."));
    }

    static string Key(Listing l) => $"{l.Context}/{l.Name}/{l.Version}";

    static string Gateway(HttpContext c, Listing l) =>
        $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}/gateway/{Key(l)}";

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
        serviceType = l.Type,
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
