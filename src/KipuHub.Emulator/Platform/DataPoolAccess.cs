using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Grants (services that may read a data pool) and shares (users and organizations that see it, as VIEWER or
/// MAINTAINER) of data pools; only the pool's owner manages them. A share makes the pool visible in that context.
/// </summary>
public sealed class DataPoolAccess(EmulatorOptions options, TimeProvider clock, DataPoolStore store, CatalogServices services)
{
    const string Api = "qc-catalog";

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/datapools/{id}/grants", "getDataPoolGrants", "The services that may read the pool",
            (HttpContext c, string id) =>
            Owned(c, id, pool => Json(pool.Grants.Values.OrderBy(g => g.CreatedAt).Select(g => GrantWire(pool, g)).ToList())));
        registry.Map(group, Api, "POST", "/datapools/{id}/grants", "createDataPoolGrant",
            "Let a service read the pool (409 when it may already)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return Owned(c, id, pool =>
            {
                if (JsonBody.String(body, "serviceId") is not { Length: > 0 } serviceId) return ApiError.Unprocessable(c,
                    "A grant needs the serviceId it lets read the pool.");
                if (!services.Exists(serviceId) && Marketplace.SeededServiceKeyOf(serviceId) is null) return ApiError.NotFound(c,
                    $"Service '{serviceId}' not found.");
                DateTimeOffset? expires = null;
                if (JsonBody.String(body, "expiresAt") is { } text)
                {
                    if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture,
                        System.Globalization.DateTimeStyles.RoundtripKind, out var parsed) || parsed <= clock.GetUtcNow())
                        return ApiError.Unprocessable(c, $"expiresAt must be a time in the future, got '{text}'.");
                    expires = parsed;
                }
                lock (pool)
                {
                    if (pool.Grants.Values.Any(g => g.ServiceId == serviceId)) return ApiError.Conflict(c,
                        $"Service '{serviceId}' may read '{pool.Name}' already.");
                    var grant = new DataPoolStore.Grant(Guid.NewGuid().ToString(), serviceId, clock.GetUtcNow(), expires);
                    pool.Grants[grant.Id] = grant;
                    return Json(GrantWire(pool, grant), 201);
                }
            });
        });
        registry.Map(group, Api, "DELETE", "/datapools/{id}/grants/{grantId}", "deleteDataPoolGrant", "Revoke a grant",
            (HttpContext c, string id, string grantId) =>
            Owned(c, id, pool => pool.Grants.TryRemove(grantId, out _) ? Results.NoContent() :
                ApiError.NotFound(c, $"Grant '{grantId}' not found on data pool '{id}'.")));

        new ShareEndpoints(options, clock, "/datapools/{id}/shares", "DataPool", "dataPoolId")
        {
            Owned = (c, id) => OwnedPool(c, id) is { } pool ? (pool.Shares, null) : (null, Refusal(c, id)),
        }.Map(group, registry);
    }

    // Those the pool is shared with see it, but only its owner decides who else does.
    IResult Owned(HttpContext c, string id, Func<DataPoolStore.Pool, IResult> found) => OwnedPool(c, id) is { } pool ? found(pool) :
        Refusal(c, id);

    DataPoolStore.Pool? OwnedPool(HttpContext c, string id) => store.Find(Caller.Of(c).Owner, id, "OWNER");

    IResult Refusal(HttpContext c, string id) => store.Find(Caller.Of(c).Owner, id) is { } shared
        ? ApiError.Of(c, 403, $"Only the owner of data pool '{shared.Name}' manages its grants and shares.")
        : ApiError.NotFound(c, $"Data pool '{id}' not found.");

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static object GrantWire(DataPoolStore.Pool pool, DataPoolStore.Grant g) =>
        new { id = g.Id, dataPoolId = pool.Id, serviceId = g.ServiceId, createdAt = g.CreatedAt, expiresAt = g.ExpiresAt };
}
