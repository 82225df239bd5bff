using System.Collections.Concurrent;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Quantum providers' tokens kept for an owner (an organization, a user): list, store or replace, delete. A token
/// is never answered back, only its last four characters, which are all that is kept of it.
/// </summary>
public sealed class ProviderTokenEndpoints(EmulatorOptions options, TimeProvider clock, string path, string operationPrefix,
    string? ownerField)
{
    const string Api = "qc-catalog";

    /// <summary>The tokens of the owner a request names, for reading or (write) changing; else the error to answer.</summary>
    public required Func<HttpContext, bool,
        (ConcurrentDictionary<string, (string LastCharacters, DateTimeOffset CreatedAt)>? Tokens, string? OwnerId,
            IResult? Error)> Tokens
    { get; init; }

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", path, $"get{operationPrefix}ProviderTokens", "Which providers have a token (never the token)",
            (HttpContext c) =>
            With(c, write: false, (tokens, owner) => Results.Json(tokens.OrderBy(t => t.Key).Select(t =>
                Wire(owner, t.Key, t.Value)).ToList(), EmulatorJson.CamelCase)));
        registry.Map(group, Api, "PUT", path + "/{provider}", $"set{operationPrefix}ProviderToken", "Store or replace a provider's token",
            async (HttpContext c, string provider) =>
        {
            if (HubProviders.Problem(provider) is { } unknown) return ApiError.BadRequest(c, unknown);
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, write: true, (tokens, owner) =>
            {
                if (JsonBody.String(body, "token") is not { Length: > 0 } token) return ApiError.Unprocessable(c,
                    "A provider token needs its token.");
                // Only what is ever answered back is kept: a provider's token may be a real one, and the state may be a file.
                var stored = (token.Length > 4 ? token[^4..] : "", clock.GetUtcNow());
                tokens[provider.ToUpperInvariant()] = stored;
                return Results.Json(Wire(owner, provider.ToUpperInvariant(), stored), EmulatorJson.CamelCase);
            });
        });
        registry.Map(group, Api, "DELETE", path + "/{provider}", $"delete{operationPrefix}ProviderToken", "Delete a provider's token",
            (HttpContext c, string provider) =>
            With(c, write: true, (tokens, owner) => tokens.TryRemove(provider.ToUpperInvariant(), out _) ? Results.NoContent() :
                ApiError.NotFound(c, $"No token for '{provider}' is stored{(owner is null ? "" : $" in '{owner}'")}.")));
    }

    IResult With(HttpContext c, bool write,
        Func<ConcurrentDictionary<string, (string LastCharacters, DateTimeOffset CreatedAt)>, string?, IResult> found)
    {
        var (tokens, owner, error) = Tokens(c, write);
        return tokens is not null ? found(tokens, owner) : error!;
    }

    object Wire(string? owner, string provider, (string LastCharacters, DateTimeOffset CreatedAt) t)
    {
        var wire = new Dictionary<string, object?>
        {
            ["provider"] = provider,
            ["lastCharacters"] = t.LastCharacters,
            ["createdAt"] = t.CreatedAt
        };
        if (ownerField is not null) wire[ownerField] = owner;
        return wire;
    }
}
