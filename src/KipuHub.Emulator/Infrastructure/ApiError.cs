using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.WebUtilities;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>Spring-style JSON error bodies, as the Hub sends them; never a stack trace.</summary>
public static class ApiError
{
    public static IResult Of(HttpContext context, int status, string message) =>
        Results.Json(Body(context, status, message), EmulatorJson.SnakeCase, statusCode: status);

    public static object Body(HttpContext context, int status, string message) => new
    {
        Timestamp = (context.RequestServices?.GetService(typeof(EmulatorOptions)) as EmulatorOptions)?.Clock.GetUtcNow() ??
            DateTimeOffset.UtcNow,
        Status = status,
        Error = ReasonPhrases.GetReasonPhrase(status),
        Message = message,
        Path = context.Request.Path.Value,
    };

    public static async Task WriteAsync(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(Body(context, status, message), EmulatorJson.SnakeCase);
    }

    /// <summary>An error answered without a body (an unmatched route, a method the route lacks) gets one, as the Hub's do.</summary>
    public static Task WriteBodylessAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var message = context.Response.StatusCode switch
        {
            404 => $"No resource at {context.Request.Method} {context.Request.Path}.",
            405 => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
            _ => ReasonPhrases.GetReasonPhrase(context.Response.StatusCode) + ".",
        };
        return context.Response.WriteAsJsonAsync(Body(context, context.Response.StatusCode, message), EmulatorJson.SnakeCase);
    }

    public static IResult BadRequest(HttpContext c, string message) => Of(c, 400, message);
    public static IResult NotFound(HttpContext c, string message) => Of(c, 404, message);
    public static IResult Conflict(HttpContext c, string message) => Of(c, 409, message);
    public static IResult Unprocessable(HttpContext c, string message) => Of(c, 422, message);
}
