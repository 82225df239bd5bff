using System.Text.Json;
using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>Reads a JSON object request body with the Hub's answers to bad input: 415, 413, 400.</summary>
public static class JsonBody
{
    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context, long maxBytes)
    {
        var contentType = context.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) &&
            !contentType.Contains("+json", StringComparison.OrdinalIgnoreCase))
            return (null, ApiError.Of(context, 415, $"Content-Type must be application/json, got '{contentType}'."));
        if (context.Request.ContentLength > maxBytes)
            return (null, ApiError.Of(context, 413, $"The request body is larger than {maxBytes} bytes."));
        try
        {
            // Not cancelled when the client leaves: like the Hub, the emulator finishes work it has received.
            using var limited = new MemoryStream();
            await context.Request.Body.CopyToAsync(limited);
            if (limited.Length > maxBytes)
                return (null, ApiError.Of(context, 413, $"The request body is larger than {maxBytes} bytes."));
            limited.Position = 0;
            var node = await JsonNode.ParseAsync(limited);
            return node is JsonObject o
                ? (o, null)
                : (null, ApiError.BadRequest(context, "The request body must be a JSON object."));
        }
        catch (JsonException e)
        {
            return (null, ApiError.BadRequest(context, "The request body is not valid JSON: " + e.Message));
        }
    }

    public static string? String(JsonObject body, string name) =>
        body[name] is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) ? s : null;

    public static bool TryInt(JsonObject body, string name, out int? value)
    {
        value = null;
        var node = body[name];
        if (node is null) return true;
        if (node is JsonValue v && v.TryGetValue<int>(out var n)) { value = n; return true; }
        return false;
    }

    public static List<string>? Strings(JsonObject body, string name) =>
        body[name] is JsonArray a ? a.Select(n => n?.ToString() ?? "").ToList() : null;
}
