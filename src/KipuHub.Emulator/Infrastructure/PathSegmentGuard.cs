using Microsoft.AspNetCore.Http.Features;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// Ids are single path segments. Kestrel resolves dot segments before routing, so an id of ".." (or "%2E%2E") would
/// reach the parent route: DELETE …/personal-access-tokens/.. would delete the account. The raw target is checked
/// before routing: a dot segment, or a segment longer than any id, is a 400 and nothing runs.
/// </summary>
public sealed class PathSegmentGuard(RequestDelegate next)
{
    public const int MaxSegmentLength = 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (Problem(context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "") is { } problem)
        {
            await ApiError.WriteAsync(context, 400, problem);
            return;
        }
        await next(context);
    }

    static string? Problem(string rawTarget)
    {
        var path = rawTarget.Split('?', 2)[0];
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length > MaxSegmentLength)
                return $"A path segment has {segment.Length} characters; ids have {MaxSegmentLength} at most.";
            var decoded = Uri.UnescapeDataString(segment);
            if (decoded is "." or "..")
                return $"A path segment may not be '{decoded}': an id is one segment of the path, not a way to its parent.";
        }
        return null;
    }
}
