namespace KipuHub.Client.Service.Models;

/// <summary>
/// The result of an execution (a HAL document): the service's own output, the execution it belongs to, and the
/// result files by name (every _links key but self and status) with the URL of each.
/// </summary>
public sealed class ServiceExecutionResult
{
    static readonly HashSet<string> NotFiles = new(StringComparer.Ordinal) { "self", "status" };

    public ServiceExecutionResult(IDictionary<string, object?> document)
    {
        Document = document;
        if (document.TryGetValue("_links", out var links) && links is IDictionary<string, object?> linkMap)
            foreach (var link in linkMap)
                if (!NotFiles.Contains(link.Key) && link.Value is IDictionary<string, object?> target && target.TryGetValue("href", out var href) && href is string url)
                    Files[link.Key] = url;
        Output = Document.Where(p => p.Key is not ("_links" or "_embedded")).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    /// <summary>The whole document as plain dictionaries, lists and primitives.</summary>
    public IDictionary<string, object?> Document { get; }

    /// <summary>The service-defined fields of the result (everything but _links and _embedded).</summary>
    public IDictionary<string, object?> Output { get; }

    /// <summary>Result file name → URL.</summary>
    public IDictionary<string, string> Files { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
}
