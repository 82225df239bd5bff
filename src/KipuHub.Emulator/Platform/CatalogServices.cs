using System.Collections.Concurrent;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Services of the catalog, per owner, with their versions: CREATED until published, PUBLISHED until unpublished.
/// Publishing a published version, or unpublishing one that is not, is 409 (the Hub's publication races); a
/// version runs on this emulator's gateway at its gatewayEndpoint whatever its lifecycle. Shares make a service
/// visible (read only) in another context.
/// </summary>
public sealed class CatalogServices(EmulatorOptions options, TimeProvider clock, StateLog state)
{
    const string Api = "qc-catalog";
    static readonly string[] Types = { "MANAGED", "EXTERNAL", "WORKFLOW" };
    static readonly string[] Lifecycles = { "CREATED", "PUBLISHED" };

    public sealed class Service(string id, string owner, string name, string type, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;
        public string Owner { get; } = owner;
        public string Name { get; } = name;
        public string Type { get; } = type;
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public List<Version> Versions { get; init; } = new();
        public ConcurrentDictionary<string, Share> Shares { get; init; } = new(StringComparer.Ordinal);

        /// <summary>OWNER, a share's permission, or null when the context does not see the service.</summary>
        public string? PermissionOf(string context) => context == Owner ? "OWNER" : Share.Of(Shares.Values, context);
    }

    public sealed class Version(string id, string number, string context, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;
        public string Number { get; } = number;
        public string Context { get; } = context;
        public string? Description { get; set; }
        public string Lifecycle { get; set; } = "CREATED";
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public DateTimeOffset ModifiedAt { get; set; } = createdAt;

        /// <summary>The last build of the version's source (managed services), or null.</summary>
        public ServiceBuild? Build { get; set; }

        /// <summary>The OpenAPI document or workflow model the version was given, as text.</summary>
        public string? Definition { get; set; }

        /// <summary>Where an external service runs.</summary>
        public string? ProductionEndpoint { get; set; }
    }

    readonly DurableMap<Service> services = new(state, "services");

    public bool Exists(string id) => services.ContainsKey(id);

    /// <summary>A service of any context, by id.</summary>
    public Service? Of(string id) => services.TryGetValue(id, out var s) ? s : null;

    /// <summary>Every published version with its service: what the marketplace lists, oldest first.</summary>
    public IEnumerable<(Service Service, Version Version)> Published() =>
        services.Values.OrderBy(s => s.CreatedAt).SelectMany(s => s.Versions.Where(v => v.Lifecycle == "PUBLISHED").Select(v => (s, v)));

    public Service? Find(string owner, string id) => services.TryGetValue(id, out var s) && s.Owner == owner ? s : null;

    /// <summary>The service, if the context owns it or it is shared with it.</summary>
    public Service? Visible(string context, string id) => services.TryGetValue(id, out var s) && s.PermissionOf(context) is not null ? s :
        null;

    /// <summary>The id of the service the gateway runs at "context/service/version": a catalog one or a seeded listing's.</summary>
    public string? ServiceIdOfKey(string key) => OfGatewayKey(key)?.Service.Id ?? Marketplace.SeededServiceIdOfKey(key);

    /// <summary>The catalog service and version the gateway runs at "context/service/version", if any.</summary>
    public (Service Service, Version Version)? OfGatewayKey(string key) =>
        services.Values.SelectMany(s => s.Versions.Select(v => (s, v))).Cast<(Service, Version)?>()
            .FirstOrDefault(p => $"{p!.Value.Item2.Context}/{p.Value.Item1.Name}/{p.Value.Item2.Number}" == key);

    /// <summary>A version of one of the owner's services, by the version's id.</summary>
    public (Service Service, Version Version)? FindVersion(string owner, string versionId) =>
        services.Values.Where(s => s.Owner == owner).SelectMany(s => s.Versions.Select(v => (s, v))).Cast<(Service, Version)?>()
            .FirstOrDefault(p => p!.Value.Item2.Id == versionId);

    public static string GatewayKey(Service s, Version v) => $"{v.Context}/{s.Name}/{v.Number}";

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/services", "getServices", "The services of the context, paged; lifecycle and type filter",
            (HttpContext c, string? lifecycle, string? type) =>
            lifecycle is not null && !Lifecycles.Contains(lifecycle, StringComparer.OrdinalIgnoreCase)
                ? ApiError.BadRequest(c, $"lifecycle must be one of {string.Join(", ", Lifecycles)}.")
            : type is not null && !Types.Contains(type, StringComparer.OrdinalIgnoreCase)
                ? ApiError.BadRequest(c, $"type must be one of {string.Join(", ", Types)}.")
            : CatalogPage.Of(c, services.Values.Where(s => s.PermissionOf(Caller.Of(c).Owner) is not null &&
                (lifecycle is null || string.Equals(Lifecycle(s), lifecycle, StringComparison.OrdinalIgnoreCase))
                    && (type is null || string.Equals(s.Type, type, StringComparison.OrdinalIgnoreCase)))
                .OrderBy(s => s.CreatedAt), s => Wire(c, s)), query: CatalogPage.QueryNames);
        registry.Map(group, Api, "GET", "/services/{id}", "getService", "A service with its versions", (HttpContext c, string id) =>
            Seen(c, id, s => Json(Wire(c, s))));
        registry.Map(group, Api, "DELETE", "/services/{id}", "deleteService", "Delete a service (409 while a version is published)",
            (HttpContext c, string id) =>
            With(c, id, s => s.Versions.Any(v => v.Lifecycle == "PUBLISHED")
                ? ApiError.Conflict(c, $"Service '{s.Name}' has a published version: unpublish it first.")
                : services.TryRemove(s.Id, out _) ? Results.NoContent() : ApiError.NotFound(c, $"Service '{id}' not found.")));
        registry.Map(group, Api, "GET", "/services/{id}/versions", "getServiceVersions", "The versions of a service",
            (HttpContext c, string id) =>
            Seen(c, id, s => Json(s.Versions.Select(v => VersionWire(c, s, v)).ToList())));
        registry.Map(group, Api, "GET", "/services/{serviceId}/versions/{versionId}", "getServiceVersion", "A version of a service",
            (HttpContext c, string serviceId, string versionId) =>
            Seen(c, serviceId, s => s.Versions.FirstOrDefault(v => v.Id == versionId) is { } v ? Json(VersionWire(c, s, v)) :
                ApiError.NotFound(c, $"Version '{versionId}' of service '{serviceId}' not found.")));
        new ShareEndpoints(options, clock, "/services/{id}/shares", "Service", "serviceId")
        {
            Owned = (c, id) => Owned(c, id) is var (owned, refused) && owned is not null ? (owned.Shares, null) : (null, refused),
        }.Map(group, registry);
        registry.Map(group, Api, "PUT", "/services/{serviceId}/versions/{versionId}", "updateServiceVersion",
            "Change a version's description", async (HttpContext c, string serviceId, string versionId) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return WithVersion(c, serviceId, versionId, (s, v) =>
            {
                v.Description = JsonBody.String(body, "description") ?? v.Description;
                v.ModifiedAt = clock.GetUtcNow();
                return Json(VersionWire(c, s, v));
            });
        });
        registry.Map(group, Api, "POST", "/services/{serviceId}/versions/{versionId}/publish", "publishService",
            "Publish a version (409 when published already)", (HttpContext c, string serviceId, string versionId) =>
            WithVersion(c, serviceId, versionId, (s, v) => Move(c, s, v, from: v.Lifecycle != "PUBLISHED", to: "PUBLISHED",
                $"Version {v.Number} of '{s.Name}' is published already.")), bodyType: "");
        registry.Map(group, Api, "POST", "/services/{serviceId}/versions/{versionId}/unpublish", "unpublishService",
            "Take a version off the marketplace (409 when not published)", (HttpContext c, string serviceId, string versionId) =>
            WithVersion(c, serviceId, versionId, (s, v) => Move(c, s, v, from: v.Lifecycle == "PUBLISHED", to: "CREATED",
                $"Version {v.Number} of '{s.Name}' is not published.")), bodyType: "");
    }

    /// <summary>A new service of the caller's context with a first version, 1.0.0; or why not (422, 409).</summary>
    public (Service? Service, IResult? Error) Create(HttpContext c, string? name, string? description, string type)
    {
        var owner = Caller.Of(c).Owner;
        if (name is not { Length: > 0 }) return (null, ApiError.Unprocessable(c, "A service needs a name."));
        if (!System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$"))
            return (null,
                ApiError.Unprocessable(c,
                    $"'{name}' cannot name a service: use letters, digits, '.', '_' and '-' (it becomes part of the gateway URL)."));
        type = type.ToUpperInvariant();
        if (!Types.Contains(type)) return (null,
            ApiError.Unprocessable(c, $"'{type}' is not a service type: use MANAGED, EXTERNAL or WORKFLOW."));
        lock (services)
        {
            if (services.Values.Any(s => s.Owner == owner && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
                return (null, ApiError.Conflict(c, $"A service named '{name}' exists in this context."));
            var now = clock.GetUtcNow();
            var service = new Service(Guid.NewGuid().ToString(), owner, name, type, now);
            service.Versions.Add(new Version(Guid.NewGuid().ToString(), "1.0.0", owner.Replace(':', '-'),
                now)
            { Description = description });
            services[service.Id] = service;
            return (service, null);
        }
    }

    /// <summary>A version of a service the caller owns, or the error to answer (404, 403).</summary>
    public (Service? Service, Version? Version, IResult? Error) OwnedVersion(HttpContext c, string serviceId, string versionId)
    {
        var (service, refused) = Owned(c, serviceId);
        if (service is null) return (null, null, refused);
        return service.Versions.FirstOrDefault(v => v.Id == versionId) is { } version
            ? (service, version, null)
            : (null, null, ApiError.NotFound(c, $"Version '{versionId}' of service '{serviceId}' not found."));
    }

    /// <summary>The service, if the caller owns it: those it is shared with get 403, everyone else 404.</summary>
    (Service? Service, IResult? Error) Owned(HttpContext c, string id) =>
        Find(Caller.Of(c).Owner, id) is { } s ? (s, null)
        : Visible(Caller.Of(c).Owner, id) is not null ? (null, ApiError.Of(c, 403,
            $"Service '{id}' is shared with this context: only its owner changes it."))
        : (null, ApiError.NotFound(c, $"Service '{id}' not found."));

    IResult Move(HttpContext c, Service s, Version v, bool from, string to, string conflict)
    {
        lock (v)
        {
            if (!from) return ApiError.Conflict(c, conflict);
            v.Lifecycle = to;
            v.ModifiedAt = clock.GetUtcNow();
        }
        return Json(VersionWire(c, s, v));
    }

    IResult With(HttpContext c, string id, Func<Service, IResult> found)
    {
        var (service, refused) = Owned(c, id);
        return service is null ? refused! : found(service);
    }

    IResult Seen(HttpContext c, string id, Func<Service, IResult> found) =>
        Visible(Caller.Of(c).Owner, id) is { } s ? found(s) : ApiError.NotFound(c, $"Service '{id}' not found.");

    IResult WithVersion(HttpContext c, string serviceId, string versionId, Func<Service, Version, IResult> found)
    {
        var (service, version, refused) = OwnedVersion(c, serviceId, versionId);
        return service is null ? refused! : found(service, version!);
    }

    static string Lifecycle(Service s) => s.Versions.LastOrDefault()?.Lifecycle ?? "CREATED";

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    public static object Wire(HttpContext c, Service s) => new
    {
        id = s.Id,
        name = s.Name,
        type = s.Type,
        lifecycle = Lifecycle(s),
        currentUserPermission = s.PermissionOf(Caller.Of(c).Owner),
        createdAt = s.CreatedAt,
        serviceDefinitions = s.Versions.Select(v => VersionWire(c, s, v)).ToList(),
    };

    public static object VersionWire(HttpContext c, Service s, Version v) => new
    {
        id = v.Id,
        version = v.Number,
        name = s.Name,
        context = v.Context,
        description = v.Description,
        type = s.Type,
        lifecycle = v.Lifecycle,
        gatewayEndpoint = $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}/gateway/{GatewayKey(s, v)}",
        productionEndpoint = v.ProductionEndpoint,
        createdAt = v.CreatedAt,
        modifiedAt = v.ModifiedAt,
        serviceId = s.Id,
    };
}
