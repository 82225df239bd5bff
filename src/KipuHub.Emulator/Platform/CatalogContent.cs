using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Algorithms (with sketches, relations between them and access permissions), their implementations, use cases,
/// and the git integrations services are built from: kept per context. A relation or an implementation must name an
/// algorithm of the context; a git integration's token is noted as configured, never kept or answered back.
/// </summary>
public sealed class CatalogContent(EmulatorOptions options, TimeProvider clock, StateLog state)
{
    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        var algorithms = new CatalogResource(options, clock, state, new("/algorithms", "Algorithm", "name",
            new[] { "name", "summary", "description", "problemType" }, Filter: "search", FilterField: "name"));
        algorithms.Map(group, registry);
        IResult? AlgorithmOf(HttpContext c, string id) => algorithms.Exists(Caller.Of(c).Owner, id) ? null :
            ApiError.NotFound(c, $"Algorithm '{id}' not found.");
        IResult? NamesAlgorithm(HttpContext c, System.Text.Json.Nodes.JsonObject body, string field) =>
            JsonBody.String(body, field) is { } id && !algorithms.Exists(Caller.Of(c).Owner, id) ?
                ApiError.NotFound(c, $"Algorithm '{id}' not found.") : null;

        new CatalogResource(options, clock, state, new("/algorithms/{id}/sketches", "AlgorithmSketch", "title",
            new[] { "title", "description" }))
        { ParentCheck = AlgorithmOf }.Map(group, registry);
        new CatalogResource(options, clock, state, new("/algorithms/{id}/relations", "AlgorithmRelation", "targetAlgorithmId",
            new[] { "targetAlgorithmId", "relationType" }))
        {
            ParentCheck = AlgorithmOf,
            Validate = (c, body) => JsonBody.String(body, "relationType") is not { Length: > 0 }
                ? ApiError.Unprocessable(c, "A relation needs a relationType (SUBROUTINE_OF, VARIANT_OF, ...).")
                : NamesAlgorithm(c, body, "targetAlgorithmId"),
        }.Map(group, registry);
        new CatalogResource(options, clock, state, new("/algorithms/{id}/permissions", "AlgorithmPermission", "principalId",
            new[] { "principalType", "principalId", "permission" }))
        {
            ParentCheck = AlgorithmOf,
            Validate = (c, body) =>
                (JsonBody.String(body, "permission") ?? "VIEWER").ToUpperInvariant() is "VIEWER" or "MAINTAINER" or "OWNER"
                && (JsonBody.String(body, "principalType") ?? "USER").ToUpperInvariant() is "USER" or "ORGANIZATION"
                    ? null
                    : ApiError.Unprocessable(c, "A permission is VIEWER, MAINTAINER or OWNER, for a principalType USER or ORGANIZATION."),
        }.Map(group, registry);
        new CatalogResource(options, clock, state, new("/implementations", "Implementation", "name",
            new[] { "name", "algorithmId", "description", "programmingLanguage", "sourceUrl" }, Filter: "algorithmId"))
        {
            Validate = (c, body) => c.Request.Method == "POST" && JsonBody.String(body, "algorithmId") is null
                ? ApiError.Unprocessable(c, "An implementation needs the algorithmId it implements.")
                : NamesAlgorithm(c, body, "algorithmId"),
        }.Map(group, registry);
        new CatalogResource(options, clock, state, new("/use-cases", "UseCase", "title",
            new[] { "title", "summary", "description", "industry" },
            Filter: "title")).Map(group, registry);
        new CatalogResource(options, clock, state, new("/git-integrations", "GitIntegration", "name",
            new[] { "name", "provider", "url", "username" }, SecretFields: new[] { "token" }))
        {
            Validate = (c, body) => JsonBody.String(body, "provider") is { } provider &&
                provider.ToUpperInvariant() is not ("GITHUB" or "GITLAB" or "BITBUCKET")
                ? ApiError.Unprocessable(c, $"provider must be GITHUB, GITLAB or BITBUCKET, got '{provider}'.")
                : JsonBody.String(body, "url") is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _) ?
                    ApiError.Unprocessable(c, $"url must be an absolute URL, got '{url}'.") : null,
        }.Map(group, registry);
    }
}
