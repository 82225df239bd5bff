namespace KipuHub.Client.Core.Http;

/// <summary>
/// A route the caller names at run time (Invoke-QHubRequest, or an operation read from the Hub's OpenAPI
/// document): checked to stay under the API's base URL, and retried by what its method implies.
/// </summary>
public static class FreeRoute
{
    public static Route For(string method, string path)
    {
        if (string.IsNullOrWhiteSpace(method)) throw new ArgumentException("An HTTP method is required.", nameof(method));
        var verb = method.Trim().ToUpperInvariant();
        var relative = (path ?? "").Trim().TrimStart('/');
        if (relative.Contains("://") || relative.StartsWith("//", StringComparison.Ordinal))
            throw new ArgumentException($"'{path}' must be a path relative to the API (e.g. jobs/123), not a URL.", nameof(path));
        if (relative.IndexOfAny(new[] { '?', '#', '{', '}' }) >= 0)
            throw new ArgumentException($"'{path}' must be a plain path; pass query parameters separately.", nameof(path));
        foreach (var segment in relative.Split('/'))
        {
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded is "." or ".." || decoded.Contains('/') || decoded.Contains('\\'))
                throw new ArgumentException($"'{path}' may not leave the API's base URL (no '.', '..' or encoded slashes).", nameof(path));
        }
        var kind = verb switch
        {
            "GET" or "HEAD" or "OPTIONS" => RouteKind.Read,
            "POST" => RouteKind.Create,
            _ => RouteKind.IdempotentWrite,
        };
        return new Route("invoke", verb, relative, RouteEvidence.Given, kind);
    }
}
