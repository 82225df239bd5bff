using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Emulator.Platform;

/// <summary>The Platform API's paging wrapper: the Quantum API's fields, camelCase.</summary>
public static class CatalogPage
{
    public static readonly string[] QueryNames = { "page", "size" };

    public static IResult Of<T>(HttpContext c, IEnumerable<T> items, Func<T, object> wire)
    {
        if (PageRequest.Parse(c.Request.Query, Array.Empty<string>(), out var error) is not { } request) return ApiError.BadRequest(c,
            error!);
        var all = items.ToList();
        var content = all.Skip(request.Offset).Take(request.Size).Select(wire).ToList();
        var totalPages = (all.Count + request.Size - 1) / request.Size;
        return Results.Json(new { content, page = request.Page, size = request.Size, totalElements = all.Count, totalPages },
            EmulatorJson.CamelCase);
    }
}
