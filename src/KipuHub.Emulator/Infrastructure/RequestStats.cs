using System.Collections.Concurrent;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// Counts requests by method and route ("GET /quantum/jobs/{id}/status"), so that a test or a benchmark can
/// tell how many requests a client made: GET /_emulator/stats, DELETE to start over. The same by operation
/// ("qc-catalog.getDataPools"): GET /_emulator/operations, what a test holds a client's table of operations to.
/// </summary>
public sealed class RequestStats
{
    readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, int> operations = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Snapshot() => new SortedDictionary<string, int>(counts, StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Operations() => new SortedDictionary<string, int>(operations, StringComparer.Ordinal);

    public void Clear()
    {
        counts.Clear();
        operations.Clear();
    }

    internal void Count(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/_emulator")) return;
        var route = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText is { } pattern
            ? "/" + pattern.TrimStart('/')
            : context.Request.Path.Value;
        counts.AddOrUpdate($"{context.Request.Method} {route}", 1, (_, n) => n + 1);
        if (context.GetEndpoint()?.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName is { } operation)
            operations.AddOrUpdate(operation, 1, (_, n) => n + 1);
    }
}

public sealed class RequestStatsMiddleware(RequestDelegate next, RequestStats stats)
{
    public Task InvokeAsync(HttpContext context)
    {
        stats.Count(context);
        return next(context);
    }
}
