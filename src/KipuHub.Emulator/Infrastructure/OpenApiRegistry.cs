using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// Records the operations each API maps and serves them as an OpenAPI 3.1 document at {api}/docs, as the
/// real Hub does for the Quantum API: what the emulator implements, by operationId.
/// </summary>
public sealed class OpenApiRegistry(RouteMoves moves)
{
    readonly Dictionary<string, List<Operation>> apis = new(StringComparer.Ordinal);
    readonly Dictionary<string, (string Api, string Prefix)> includes = new(StringComparer.Ordinal);

    sealed record Operation(string Method, string Path, string OperationId, string Summary, IReadOnlyList<string> Query, string? BodyType,
        string FilePart);

    static readonly HashSet<Type> QueryTypes = new() { typeof(string), typeof(int), typeof(long), typeof(bool), typeof(double) };

    /// <param name="bodyType">The request body's media type; by default JSON for POST, PUT and PATCH, none for the others; "" for
    /// none.</param>
    /// <param name="query">Query parameters the handler reads itself (paging), beside those it binds.</param>
    /// <param name="filePart">The part a multipart body carries its file in.</param>
    public void Map(RouteGroupBuilder group, string api, string method, string path, string operationId, string summary, Delegate handler,
        string? bodyType = null, IEnumerable<string>? query = null, string filePart = "file")
    {
        if (moves.IsGone(api, operationId)) return;
        // The handler's own simple parameters that are not in the path are what it binds from the query.
        var inPath = PathParameters(path).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var queryNames = handler.Method.GetParameters()
            .Where(p => p.Name is not null && !inPath.Contains(p.Name) && QueryTypes.Contains(Nullable.GetUnderlyingType(p.ParameterType)
                ?? p.ParameterType))
            .Select(p => p.Name!).Concat(query ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).ToList();
        bodyType ??= method is "POST" or "PUT" or "PATCH" ? "application/json" : null;
        if (bodyType?.Length == 0) bodyType = null;
        var move = moves.Of(api, operationId);
        var documentedQuery = queryNames.Select(n => move?.QueryNames is { } renamed && renamed.TryGetValue(n, out var name) ? name :
            n).ToList();
        lock (apis)
        {
            if (!apis.TryGetValue(api, out var list)) apis[api] = list = new List<Operation>();
            list.Add(new Operation(move?.Method ?? method, move?.Path ?? path, operationId, summary, documentedQuery, bodyType, filePart));
        }
        // A moved operation keeps its handler's placeholder names (by position), whatever its document calls them.
        var mapped = move is null ? path : WithPlaceholders(move.Path, PathParameters(path).ToList());
        var endpoint = group.MapMethods(mapped.Length == 0 ? "/" : mapped, new[] { move?.Method ?? method },
            handler).WithName(api + "." + operationId).WithMetadata(new DocumentedBody(bodyType));
        if (move?.QueryNames is { } names) endpoint.WithMetadata(new QueryAliases(names.ToDictionary(n => n.Value, n => n.Key,
            StringComparer.Ordinal)));
    }

    static string WithPlaceholders(string path, IReadOnlyList<string> names)
    {
        var next = 0;
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", m => next < names.Count ? "{" + names[next++] + "}" :
            m.Value);
    }

    /// <summary>The document of <paramref name="api"/> also lists the operations of <paramref name="child"/>, their paths below <paramref
    /// name="prefix"/>.</summary>
    public void Include(string api, string child, string prefix)
    {
        lock (apis) includes[api] = (child, prefix);
    }

    public void MapDocs(RouteGroupBuilder group, string api, string title) =>
        group.MapGet("/docs", (HttpContext context) => Results.Text(Document(api, title, context).ToJsonString(), "application/json"));

    JsonObject Document(string api, string title, HttpContext context)
    {
        var paths = new JsonObject();
        List<Operation> operations;
        lock (apis)
        {
            operations = apis.TryGetValue(api, out var list) ? list.ToList() : new List<Operation>();
            if (includes.TryGetValue(api, out var included) && apis.TryGetValue(included.Api, out var children))
                operations.AddRange(children.Select(o => o with { Path = included.Prefix + o.Path }));
        }
        foreach (var byPath in operations.GroupBy(o => o.Path.Length == 0 ? "/" : o.Path))
        {
            var item = new JsonObject();
            foreach (var operation in byPath)
            {
                var parameters = new JsonArray();
                foreach (var name in PathParameters(operation.Path))
                    parameters.Add(new JsonObject
                    {
                        ["name"] = name,
                        ["in"] = "path",
                        ["required"] = true,
                        ["schema"] = new JsonObject { ["type"] = "string" }
                    });
                foreach (var name in operation.Query)
                    parameters.Add(new JsonObject
                    {
                        ["name"] = name,
                        ["in"] = "query",
                        ["required"] = false,
                        ["schema"] = new JsonObject { ["type"] = "string" }
                    });
                var described = new JsonObject
                {
                    ["operationId"] = operation.OperationId,
                    ["summary"] = operation.Summary,
                    ["parameters"] = parameters,
                    ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" } },
                };
                if (operation.BodyType is { } type) described["requestBody"] = Body(type, operation.FilePart);
                item[operation.Method.ToLowerInvariant()] = described;
            }
            paths[byPath.Key] = item;
        }
        var server = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject { ["title"] = title, ["version"] = "1.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = server + context.Request.Path.Value![..^"/docs".Length] }),
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = "X-Auth-Token" },
                },
            },
            ["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() }),
            ["paths"] = paths,
        };
    }

    static JsonObject Body(string type, string filePart) => new()
    {
        ["content"] = new JsonObject
        {
            [type] = new JsonObject
            {
                ["schema"] = type == "multipart/form-data"
                    ? new JsonObject
                    {
                        ["type"] = "object",
                        ["properties"] = new JsonObject { [filePart] = new JsonObject { ["type"] = "string", ["format"] = "binary" } }
                    }
                    : new JsonObject { ["type"] = "object" },
            },
        },
    };

    static IEnumerable<string> PathParameters(string path)
    {
        var start = 0;
        while ((start = path.IndexOf('{', start)) >= 0)
        {
            var end = path.IndexOf('}', start);
            yield return path.Substring(start + 1, end - start - 1).Split(':')[0];
            start = end + 1;
        }
    }
}

/// <summary>The media type of the body an operation documents (null: none), for the guard that holds requests to it.</summary>
public sealed record DocumentedBody(string? ContentType);
