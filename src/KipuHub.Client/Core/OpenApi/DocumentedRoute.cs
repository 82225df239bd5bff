using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>Where the live document has one of our routes.</summary>
public enum RouteStatus
{
    /// <summary>At our method and path: a 404 there is the resource's.</summary>
    Documented,
    /// <summary>Under our operation id at another method or path: calls are sent there.</summary>
    Moved,
    /// <summary>Neither under our operation id nor at our method and path.</summary>
    Undocumented,
}

/// <summary>One of our routes looked up in an API's live OpenAPI document.</summary>
public sealed class DocumentedRoute
{
    DocumentedRoute(Route route, RouteStatus status, OpenApiOperation? operation)
    {
        Route = route;
        Status = status;
        Operation = operation;
    }

    public Route Route { get; }
    public RouteStatus Status { get; }

    /// <summary>The document's operation: found by our operation id, or at our method and path; null when undocumented.</summary>
    public OpenApiOperation? Operation { get; }

    /// <summary>
    /// By the Hub's operation id first; where the document names the operation otherwise, by the same method and a
    /// path of the same shape (placeholders may be named differently).
    /// </summary>
    public static DocumentedRoute Find(OpenApiDocument document, Route route)
    {
        if (document.Find(route.HubOperationId) is { } byId)
            return new DocumentedRoute(route, SameShape(byId, route) ? RouteStatus.Documented : RouteStatus.Moved, byId);
        var byPath = document.Operations.FirstOrDefault(o => SameShape(o, route));
        return new DocumentedRoute(route, byPath is null ? RouteStatus.Undocumented : RouteStatus.Documented, byPath);
    }

    static bool SameShape(OpenApiOperation operation, Route route) =>
        string.Equals(operation.Method, route.Method, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Shape(operation.Path), Shape(route.Template), StringComparison.Ordinal);

    /// <summary>jobs/{id}/status and /jobs/{jobId}/status/ are the same path: placeholders and edge slashes do not count.</summary>
    public static string Shape(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template.Trim('/'), @"\{[^}]*\}", "{}");
}
