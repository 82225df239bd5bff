namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// A Hub whose documents disagree with some of KipuHub's inferred routes (--moved-routes): these operations are
/// served and documented at other paths under the same operation ids, one with another method, one with query names
/// spelled otherwise, and one is neither served nor documented. What a client that follows the live document must
/// cope with; by default nothing moves.
/// </summary>
public sealed class RouteMoves
{
    /// <summary>Where an operation is served and documented instead; its placeholders may be named otherwise (bound by position).</summary>
    /// <param name="QueryNames">The handler's query name → the name the document gives it.</param>
    public sealed record Move(string Method, string Path, IReadOnlyDictionary<string, string>? QueryNames = null);

    readonly IReadOnlyDictionary<string, Move?> moves;

    RouteMoves(IReadOnlyDictionary<string, Move?> moves) => this.moves = moves;

    public static RouteMoves None { get; } = new(new Dictionary<string, Move?>());

    /// <summary>Keyed by "api.operationId"; a null move: the operation is gone.</summary>
    public static RouteMoves Sample { get; } = new(new Dictionary<string, Move?>(StringComparer.Ordinal)
    {
        ["quantum.getLeastBusyBackend"] = new("GET", "/backends/least-busy-backend",
            new Dictionary<string, string> { ["min_qubits"] = "minQubits" }),
        ["quantum.getSessionStatus"] = new("GET", "/sessions/{sessionId}/state"),
        ["qc-catalog.getOrganizations"] = new("GET", "/v2/organizations"),
        ["qc-catalog.getOrganization"] = new("GET", "/v2/organizations/{organizationId}"),
        ["qc-catalog.createOrganization"] = new("POST", "/v2/organizations"),
        ["qc-catalog.markAllNotificationsRead"] = new("PUT", "/notifications/read"),
        ["qc-catalog.getCredits"] = null,
        ["user-service.getPersonalAccessTokens"] = new("GET", "/me/access-tokens"),
    });

    /// <summary>Whether the operation is neither served nor documented.</summary>
    public bool IsGone(string api, string operationId) => moves.TryGetValue(api + "." + operationId, out var move) && move is null;

    /// <summary>Where the operation is served and documented instead; null: where the emulator maps it.</summary>
    public Move? Of(string api, string operationId) => moves.TryGetValue(api + "." + operationId, out var move) ? move : null;
}

/// <summary>A moved operation's query names as its document spells them → as its handler binds them.</summary>
public sealed record QueryAliases(IReadOnlyDictionary<string, string> HandlerNameOf);

/// <summary>Renames the query parameters of a moved operation to those its handler binds, before it runs.</summary>
public sealed class QueryAliasMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<QueryAliases>() is { } aliases)
        {
            var renamed = new Microsoft.AspNetCore.Http.Extensions.QueryBuilder();
            foreach (var pair in context.Request.Query)
                foreach (var value in pair.Value)
                    renamed.Add(aliases.HandlerNameOf.TryGetValue(pair.Key, out var name) ? name : pair.Key, value ?? "");
            context.Request.QueryString = renamed.ToQueryString();
        }
        return next(context);
    }
}
