using System.Collections.Concurrent;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// Our route tables are the offline fallback; the API's live document is the truth. When a route of our tables
/// answers 404 or 405 (the Hub processed nothing, so even a create may be sent again), the document is read once
/// and the operation looked up: documented at our method and path, the answer stands; documented elsewhere, the call
/// goes there, and so does every later call of that route; not documented, a clear error. Nothing extra is sent
/// while the table is right, nor when the document cannot be read.
/// </summary>
public sealed class RouteBinder
{
    readonly OpenApiCatalog documents;
    readonly string apiName;
    readonly Action<string> note;
    readonly ConcurrentDictionary<Route, RouteBinding> bindings = new();

    /// <param name="apiName">Quantum, Platform or User: what Invoke-QHubOperation -Api takes, named in errors.</param>
    /// <param name="note">Where a -Verbose line goes when a route is re-bound.</param>
    public RouteBinder(OpenApiCatalog documents, string apiName, Action<string> note)
    {
        this.documents = documents;
        this.apiName = apiName;
        this.note = note;
    }

    /// <summary>The document that bindings are read from: the same one Get-QHubOperation reads.</summary>
    public OpenApiCatalog Documents => documents;

    /// <summary>The request as it goes out: where an earlier answer re-bound its route, there.</summary>
    public HubRequest Apply(HubRequest request) =>
        bindings.TryGetValue(request.Route, out var binding) ? binding.Redirect(request) : request;

    /// <summary>Where a route of this API is sent now: the document's method and path once re-bound, else ours.</summary>
    public Route Current(Route route) => bindings.TryGetValue(route, out var binding) ? binding.Target : route;

    /// <summary>Whether the answer to a request sent to our own route may be looked up in the document: a 404 or 405.</summary>
    public static bool MayRebind(HubRequest sent, HubApiException answer) => answer.StatusCode is 404 or 405 && sent.Route.FollowsDocument;

    /// <summary>
    /// After a 404 or 405: the request to send instead, or null when the answer stands (the document has the
    /// operation at our method and path, or there is no document to read).
    /// </summary>
    public async Task<HubRequest?> RebindAsync(HubRequest request, HubApiException answer, CancellationToken cancellationToken)
    {
        // Another caller, answered at the same moment, may have bound the route already.
        if (bindings.TryGetValue(request.Route, out var known)) return known.Redirect(request);
        if (await documents.TryGetAsync(cancellationToken).ConfigureAwait(false) is not { } document) return null;
        var route = request.Route;
        var found = DocumentedRoute.Find(document, route);
        if (found.Status == RouteStatus.Documented) return null;
        if (found.Status == RouteStatus.Undocumented)
            throw NotDocumented(document, route, answer,
                $"The Hub does not document the operation {route.HubOperationId} ({route.Method} {route.Template} answered " +
                    $"{answer.StatusCode}).");
        var operation = found.Operation!;
        if (LeavesTheBase(operation.Path))
            throw NotDocumented(document, route, answer,
                $"The Hub's document puts {route.HubOperationId} at {operation.Method} {operation.Path}, which leads outside this " +
                    "API's base URL; KipuHub does not follow it there.");
        var binding = RouteBinding.To(operation, route)
            ?? throw NotDocumented(document, route, answer,
                $"The Hub documents {route.HubOperationId} at {operation.Method} {operation.Path}, whose path parameters KipuHub cannot " +
                    $"fill from its call ({string.Join(", ", route.Placeholders)}).");
        if (bindings.TryAdd(route, binding))
            note($"{route.HubOperationId}: {route.Method} {route.Template} answered {answer.StatusCode}; the Hub documents it at " +
                $"{operation.Method} {operation.Path}, where this connection sends it from now on.");
        return bindings[route].Redirect(request);
    }

    OperationNotDocumentedException NotDocumented(OpenApiDocument document, Route route, HubApiException answer, string what)
    {
        // Operations under the same first path segment (billing/…) first: their names are the likeliest renames.
        var family = document.Operations.ToLookup(o => FirstSegment(o.Path) == FirstSegment(route.Template), o => o.OperationId);
        var nearest = OperationCall.Nearest(route.HubOperationId, family[true], 3)
            .Concat(OperationCall.Nearest(route.HubOperationId, family[false], 3)).Take(3).ToList();
        var evidence = route.Evidence == RouteEvidence.Inferred
            ? "KipuHub's route for it was inferred from the Hub's conventions, with no public evidence"
            : "KipuHub's route for it was seen in a public SDK of the Hub";
        var suggestion = nearest.Count == 0
            ? ""
            : $" The nearest documented operations: {string.Join(", ", nearest)} (Invoke-QHubOperation -Api {apiName} -OperationId " +
                $"{nearest[0]}).";
        return new OperationNotDocumentedException(
            $"{what} {evidence}.{suggestion} Test-QHubApiCompatibility -Api {apiName} lists what the Hub documents; please report the row.",
            route.HubOperationId, nearest, answer)
        {
            Method = answer.Method,
            Url = answer.Url,
        };
    }

    static string FirstSegment(string path) => path.Trim('/').Split('/')[0];

    // A document is the server's word, and may be a hostile server's: a path of "." or ".." segments or with a backslash (escaped
    // or not), or a scheme, would send the connection's token to another route or API of the same origin.
    static bool LeavesTheBase(string path) =>
        path.IndexOf("://", StringComparison.Ordinal) >= 0 || path.StartsWith("//", StringComparison.Ordinal) ||
        path.Split('/').Select(Uri.UnescapeDataString).Any(segment => segment is "." or ".." || segment.IndexOf('\\') >= 0);
}
