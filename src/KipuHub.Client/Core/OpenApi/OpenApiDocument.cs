using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// The operations of an OpenAPI 3.0 or 3.1 document (JSON), with $ref resolved for path items, parameters,
/// request bodies and schemas. Only what calling an operation needs is read; Swagger 2.0 is refused.
/// </summary>
public sealed class OpenApiDocument
{
    static readonly string[] Methods = { "get", "put", "post", "delete", "patch", "head", "options" };
    readonly IDictionary<string, object?> root;

    OpenApiDocument(IDictionary<string, object?> root, List<OpenApiOperation> operations)
    {
        this.root = root;
        Operations = operations;
    }

    public IReadOnlyList<OpenApiOperation> Operations { get; }

    public string? Title => Map(Map(root, "info") as IDictionary<string, object?>, "title") as string;

    public static OpenApiDocument Parse(string json)
    {
        if (PlainValueConverter.FromJsonText(json, "the OpenAPI document") is not IDictionary<string, object?> root)
            throw new ArgumentException("The OpenAPI document is not a JSON object.");
        // Swagger 2.0 puts bodies and forms among the parameters: read as 3.x, its calls would go out wrong.
        if (Map(root, "swagger") is { } swagger)
            throw new ArgumentException($"The document is Swagger {swagger}; KipuHub reads OpenAPI 3.0 and 3.1 documents.");
        if (Map(root, "paths") is not IDictionary<string, object?> paths)
            throw new ArgumentException("The OpenAPI document has no paths.");
        var document = new OpenApiDocument(root, new List<OpenApiOperation>());
        var operations = (List<OpenApiOperation>)document.Operations;
        foreach (var path in paths)
        {
            if (document.Resolve(path.Value) is not IDictionary<string, object?> item) continue;
            var shared = List(item, "parameters");
            foreach (var method in Methods)
            {
                if (Map(item, method) is not IDictionary<string, object?> operation) continue;
                var id = Map(operation, "operationId") as string ?? $"{method}{path.Key.Replace('/', '_')}";
                var parameters = shared.Concat(List(operation, "parameters"))
                    .Select(p => document.Parameter(p)).Where(p => p is not null).Select(p => p!)
                    .GroupBy(p => (p.Name, p.Location)).Select(g => g.Last()).ToList();
                operations.Add(new OpenApiOperation(id, method.ToUpperInvariant(), path.Key, Map(operation, "summary") as string,
                    parameters, document.Body(Map(operation, "requestBody")), document.AnswersWithFile(operation)));
            }
        }
        return document;
    }

    public OpenApiOperation? Find(string operationId) =>
        Operations.FirstOrDefault(o => string.Equals(o.OperationId, operationId, StringComparison.Ordinal))
        ?? Operations.FirstOrDefault(o => string.Equals(o.OperationId, operationId, StringComparison.OrdinalIgnoreCase));

    OpenApiParameter? Parameter(object? value)
    {
        if (Resolve(value) is not IDictionary<string, object?> p || Map(p, "name") is not string name ||
            Map(p, "in") is not string location) return null;
        if (location is not ("path" or "query" or "header" or "cookie")) return null;
        var schema = Resolve(Map(p, "schema")) as IDictionary<string, object?>;
        var type = TypeOf(schema);
        return new OpenApiParameter(name, location, location == "path" || Map(p, "required") is true, type, type == "array");
    }

    OpenApiBody? Body(object? value)
    {
        if (Resolve(value) is not IDictionary<string, object?> body || Map(body, "content") is not IDictionary<string, object?> content ||
            content.Count == 0) return null;
        var required = Map(body, "required") is true;
        if (content.TryGetValue("multipart/form-data", out var form))
        {
            var properties = Map(Resolve(Map(form as IDictionary<string, object?>, "schema")) as IDictionary<string, object?>,
                "properties") as IDictionary<string, object?>;
            var field = properties?.FirstOrDefault(p => Resolve(p.Value) is IDictionary<string, object?> s &&
                (Map(s, "format") as string is "binary" or "base64" || Map(s, "contentMediaType") is not null)).Key;
            var others = properties?.Keys.Where(k => k != field).ToList();
            return new OpenApiBody(required, true, field ?? "file", "multipart/form-data", others);
        }
        var type = content.Keys.FirstOrDefault(k => k.Contains("json")) ?? content.Keys.First();
        return new OpenApiBody(required, false, null, type);
    }

    bool AnswersWithFile(IDictionary<string, object?> operation)
    {
        if (Map(operation, "responses") is not IDictionary<string, object?> responses) return false;
        foreach (var response in responses.Where(r => r.Key.StartsWith("2", StringComparison.Ordinal)))
        {
            if (Map(Resolve(response.Value) as IDictionary<string, object?>,
                "content") is not IDictionary<string, object?> content) continue;
            foreach (var media in content)
            {
                if (media.Key is "application/octet-stream" or "application/zip" ||
                    media.Key.StartsWith("image/", StringComparison.Ordinal)) return true;
                var schema = Resolve(Map(media.Value as IDictionary<string, object?>, "schema")) as IDictionary<string, object?>;
                if (Map(schema, "format") as string == "binary") return true;
            }
        }
        return false;
    }

    // "#/components/schemas/Job" and the like; a reference that leads nowhere resolves to null.
    object? Resolve(object? value, int depth = 0)
    {
        if (value is not IDictionary<string, object?> map || Map(map, "$ref") is not string reference) return value;
        if (depth > 32 || !reference.StartsWith("#/", StringComparison.Ordinal)) return null;
        object? target = root;
        foreach (var part in reference.Substring(2).Split('/'))
            target = Map(target as IDictionary<string, object?>, part.Replace("~1", "/").Replace("~0", "~"));
        return Resolve(target, depth + 1);
    }

    string? TypeOf(IDictionary<string, object?>? schema) => Map(schema, "type") switch
    {
        string type => type,
        IList<object?> types => types.OfType<string>().FirstOrDefault(t => t != "null"),
        _ => null,
    };

    static object? Map(IDictionary<string, object?>? map, string key) => map is not null && map.TryGetValue(key, out var value) ? value :
        null;

    static IEnumerable<object?> List(IDictionary<string, object?> map, string key) => Map(map, key) as IList<object?> ??
        (IEnumerable<object?>)Array.Empty<object?>();
}
