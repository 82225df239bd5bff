namespace KipuHub.Client.Service.Models;

/// <summary>
/// The result of an execution: at the gateway a HAL document (the service's own output, and the result files by name,
/// every _links key but self and status, with the URL of each); in the catalog the output alone, any JSON.
/// </summary>
public sealed class ServiceExecutionResult
{
    static readonly HashSet<string> NotFiles = new(StringComparer.Ordinal) { "self", "status" };

    /// <param name="document">The answer as plain dictionaries, lists and primitives.</param>
    public ServiceExecutionResult(object? document)
    {
        Document = document;
        if (document is not IDictionary<string, object?> map)
        {
            Output = document;
            return;
        }
        if (map.TryGetValue("_links", out var links) && links is IDictionary<string, object?> linkMap)
            foreach (var link in linkMap)
                if (!NotFiles.Contains(link.Key) && link.Value is IDictionary<string, object?> target &&
                    target.TryGetValue("href", out var href) && href is string url)
                    Files[link.Key] = url;
        Output = map.Where(p => p.Key is not ("_links" or "_embedded")).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The whole answer as plain dictionaries, lists and primitives.</summary>
    public object? Document { get; }

    /// <summary>The service-defined output (a HAL document's fields but _links and _embedded).</summary>
    public object? Output { get; }

    /// <summary>Result file name → URL.</summary>
    public IDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
