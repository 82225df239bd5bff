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
        registry.Map(group, Api, "GET", "/datapools/{id}/grants", "getDataPoolGrants", "The services that may read the pool", (HttpContext c, string id) =>
            Owned(c, id, pool => Json(pool.Grants.Values.OrderBy(g => g.CreatedAt).Select(g => GrantWire(pool, g)).ToList())));
        registry.Map(group, Api, "POST", "/datapools/{id}/grants", "createDataPoolGrant", "Let a service read the pool (409 when it may already)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return Owned(c, id, pool =>
            {
                if (JsonBody.String(body, "serviceId") is not { Length: > 0 } serviceId) return ApiError.Unprocessable(c, "A grant needs the serviceId it lets read the pool.");
                if (!services.Exists(serviceId) && Marketplace.ServiceKeyOf(serviceId) is null) return ApiError.NotFound(c, $"Service '{serviceId}' not found.");
                DateTimeOffset? expires = null;
                if (JsonBody.String(body, "expiresAt") is { } text)
                {
                    if (!DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed) || parsed <= clock.GetUtcNow())
                        return ApiError.Unprocessable(c, $"expiresAt must be a time in the future, got '{text}'.");
                    expires = parsed;
                }
                lock (pool)
                {
                    if (pool.Grants.Values.Any(g => g.ServiceId == serviceId)) return ApiError.Conflict(c, $"Service '{serviceId}' may read '{pool.Name}' already.");
                    var grant = new DataPoolStore.Grant(Guid.NewGuid().ToString(), serviceId, clock.GetUtcNow(), expires);
                    pool.Grants[grant.Id] = grant;
                    return Json(GrantWire(pool, grant), 201);
                }
            });
        });
        registry.Map(group, Api, "DELETE", "/datapools/{id}/grants/{grantId}", "deleteDataPoolGrant", "Revoke a grant", (HttpContext c, string id, string grantId) =>
            Owned(c, id, pool => pool.Grants.TryRemove(grantId, out _) ? Results.NoContent() : ApiError.NotFound(c, $"Grant '{grantId}' not found on data pool '{id}'.")));

        registry.Map(group, Api, "GET", "/datapools/{id}/shares", "getDataPoolShares", "Who else sees the pool", (HttpContext c, string id) =>
            Owned(c, id, pool => Json(pool.Shares.Values.OrderBy(s => s.CreatedAt).Select(s => ShareWire(pool, s)).ToList())));
        registry.Map(group, Api, "POST", "/datapools/{id}/shares", "createDataPoolShare", "Share the pool with a user or an organization (409 when shared already)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return Owned(c, id, pool =>
            {
                var type = JsonBody.String(body, "principalType")?.ToUpperInvariant();
                if (type is not ("USER" or "ORGANIZATION")) return ApiError.Unprocessable(c, $"principalType must be USER or ORGANIZATION, got '{type}'.");
                if (JsonBody.String(body, "principalId") is not { Length: > 0 } principal) return ApiError.Unprocessable(c, "A share needs a principalId.");
                if (Permission(body) is not { } permission) return ApiError.Unprocessable(c, "permission must be VIEWER or MAINTAINER.");
                lock (pool)
                {
                    if (pool.Shares.Values.Any(s => s.PrincipalType == type && s.PrincipalId == principal))
                        return ApiError.Conflict(c, $"'{pool.Name}' is shared with {type} '{principal}' already: change the share instead.");
                    var share = new DataPoolStore.Share(Guid.NewGuid().ToString(), type, principal, permission, clock.GetUtcNow());
                    pool.Shares[share.Id] = share;
                    return Json(ShareWire(pool, share), 201);
                }
            });
        });
        registry.Map(group, Api, "PUT", "/datapools/{id}/shares/{shareId}", "updateDataPoolShare", "Change a share's permission", async (HttpContext c, string id, string shareId) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return Owned(c, id, pool =>
            {
                if (!pool.Shares.TryGetValue(shareId, out var share)) return ApiError.NotFound(c, $"Share '{shareId}' not found on data pool '{id}'.");
                if (Permission(body) is not { } permission) return ApiError.Unprocessable(c, "permission must be VIEWER or MAINTAINER.");
                share.Permission = permission;
                return Json(ShareWire(pool, share));
            });
        });
        registry.Map(group, Api, "DELETE", "/datapools/{id}/shares/{shareId}", "deleteDataPoolShare", "Stop sharing the pool with someone", (HttpContext c, string id, string shareId) =>
            Owned(c, id, pool => pool.Shares.TryRemove(shareId, out _) ? Results.NoContent() : ApiError.NotFound(c, $"Share '{shareId}' not found on data pool '{id}'.")));
    }

    static string? Permission(System.Text.Json.Nodes.JsonObject body) => (JsonBody.String(body, "permission") ?? "VIEWER").ToUpperInvariant() switch
    {
        "VIEWER" => "VIEWER",
        "MAINTAINER" => "MAINTAINER",
        _ => null,
    };

    // Those the pool is shared with see it, but only its owner decides who else does.
    IResult Owned(HttpContext c, string id, Func<DataPoolStore.Pool, IResult> found)
    {
        var owner = Caller.Of(c).Owner;
        if (store.Find(owner, id, "OWNER") is { } pool) return found(pool);
        return store.Find(owner, id) is { } shared
            ? ApiError.Of(c, 403, $"Only the owner of data pool '{shared.Name}' manages its grants and shares.")
            : ApiError.NotFound(c, $"Data pool '{id}' not found.");
    }

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static object GrantWire(DataPoolStore.Pool pool, DataPoolStore.Grant g) =>
        new { id = g.Id, dataPoolId = pool.Id, serviceId = g.ServiceId, createdAt = g.CreatedAt, expiresAt = g.ExpiresAt };

    static object ShareWire(DataPoolStore.Pool pool, DataPoolStore.Share s) =>
        new { id = s.Id, dataPoolId = pool.Id, principalType = s.PrincipalType, principalId = s.PrincipalId, permission = s.Permission, createdAt = s.CreatedAt };
}
