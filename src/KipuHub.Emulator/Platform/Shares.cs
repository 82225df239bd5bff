using System.Collections.Concurrent;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>Who else sees a resource (a data pool, a service): a user or an organization, as VIEWER or MAINTAINER.</summary>
public sealed class Share(string id, string principalType, string principalId, string permission, DateTimeOffset createdAt)
{
    public string Id { get; } = id;
    public string PrincipalType { get; } = principalType;
    public string PrincipalId { get; } = principalId;
    public string Permission { get; set; } = permission;
    public DateTimeOffset CreatedAt { get; } = createdAt;

    /// <summary>The context the share makes the resource visible in.</summary>
    public string Grantee => (PrincipalType == "ORGANIZATION" ? "org:" : "user:") + PrincipalId;

    /// <summary>The permission a context has through shares: MAINTAINER over VIEWER, or null.</summary>
    public static string? Of(IEnumerable<Share> shares, string owner) =>
        shares.Where(s => s.Grantee == owner).Select(s => s.Permission).OrderBy(p => p == "MAINTAINER" ? 0 : 1).FirstOrDefault();
}

/// <summary>
/// The share routes of one kind of resource ("/datapools/{id}/shares"): list, create (409 when shared with that
/// principal already, 422 for a wrong type or permission), change the permission, delete. Only the resource's
/// owner manages them: <see cref="Owned"/> finds the shares of a resource the caller owns, or answers why not.
/// </summary>
public sealed class ShareEndpoints(EmulatorOptions options, TimeProvider clock, string path, string noun, string parentField)
{
    const string Api = "qc-catalog";

    /// <summary>The shares of the resource with this id, if the caller owns it; else the error to answer (404, 403).</summary>
    public required Func<HttpContext, string, (ConcurrentDictionary<string, Share>? Shares, IResult? Error)> Owned { get; init; }

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        var what = noun.ToLowerInvariant();
        registry.Map(group, Api, "GET", path, $"get{noun}Shares", $"Who else sees the {what}", (HttpContext c, string id) =>
            With(c, id, shares => Json(shares.Values.OrderBy(s => s.CreatedAt).Select(s => Wire(id, s)).ToList())));
        registry.Map(group, Api, "POST", path, $"create{noun}Share",
            $"Share the {what} with a user or an organization (409 when shared already)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, id, shares =>
            {
                var type = JsonBody.String(body, "principalType")?.ToUpperInvariant();
                if (type is not ("USER" or "ORGANIZATION")) return ApiError.Unprocessable(c,
                    $"principalType must be USER or ORGANIZATION, got '{type}'.");
                if (JsonBody.String(body, "principalId") is not { Length: > 0 } principal) return ApiError.Unprocessable(c,
                    "A share needs a principalId.");
                if (Permission(body) is not { } permission) return ApiError.Unprocessable(c, "permission must be VIEWER or MAINTAINER.");
                lock (shares)
                {
                    if (shares.Values.Any(s => s.PrincipalType == type && s.PrincipalId == principal))
                        return ApiError.Conflict(c, $"The {what} is shared with {type} '{principal}' already: change the share instead.");
                    var share = new Share(Guid.NewGuid().ToString(), type, principal, permission, clock.GetUtcNow());
                    shares[share.Id] = share;
                    return Json(Wire(id, share), 201);
                }
            });
        });
        registry.Map(group, Api, "PUT", path + "/{shareId}", $"update{noun}Share", "Change a share's permission",
            async (HttpContext c, string id, string shareId) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, id, shares =>
            {
                if (!shares.TryGetValue(shareId, out var share)) return ApiError.NotFound(c,
                    $"Share '{shareId}' not found on {what} '{id}'.");
                if (Permission(body) is not { } permission) return ApiError.Unprocessable(c, "permission must be VIEWER or MAINTAINER.");
                share.Permission = permission;
                return Json(Wire(id, share));
            });
        });
        registry.Map(group, Api, "DELETE", path + "/{shareId}", $"delete{noun}Share", $"Stop sharing the {what} with someone",
            (HttpContext c, string id, string shareId) =>
            With(c, id, shares => shares.TryRemove(shareId, out _) ? Results.NoContent() :
                ApiError.NotFound(c, $"Share '{shareId}' not found on {what} '{id}'.")));
    }

    IResult With(HttpContext c, string id, Func<ConcurrentDictionary<string, Share>, IResult> found)
    {
        var (shares, error) = Owned(c, id);
        return shares is not null ? found(shares) : error!;
    }

    static string? Permission(System.Text.Json.Nodes.JsonObject body) => (JsonBody.String(body, "permission") ??
        "VIEWER").ToUpperInvariant() switch
    {
        "VIEWER" => "VIEWER",
        "MAINTAINER" => "MAINTAINER",
        _ => null,
    };

    object Wire(string resourceId, Share s) => new Dictionary<string, object?>
    {
        ["id"] = s.Id,
        [parentField] = resourceId,
        ["principalType"] = s.PrincipalType,
        ["principalId"] = s.PrincipalId,
        ["permission"] = s.Permission,
        ["createdAt"] = s.CreatedAt,
    };

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);
}
