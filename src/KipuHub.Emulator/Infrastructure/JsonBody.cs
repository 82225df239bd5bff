using System.Text.Json;
using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// Reads a JSON object request body with the Hub's answers to bad input: 415 for another media type, 413 over the
/// limit, 400 for a body that does not parse (invalid UTF-8, a lone surrogate, a property twice) and for a field of
/// the wrong type or length. A Spring/Jackson Hub refuses such bodies before the handler runs; so does this.
/// </summary>
public static class JsonBody
{
    /// <summary>What a text field may hold unless the field says otherwise: names, descriptions, ids.</summary>
    public const int MaxTextLength = 4096;

    static readonly object CheckedKey = new();

    /// <summary>Hands over a body JsonBodyGuard has read and found strict JSON.</summary>
    internal static void Checked(HttpContext context, ArraySegment<byte> body) => context.Items[CheckedKey] = body;

    public static async Task<(JsonObject? Body, IResult? Error)> ReadObjectAsync(HttpContext context, long maxBytes)
    {
        if (context.Items[CheckedKey] is ArraySegment<byte> checkedBody) return Object(context, checkedBody);
        if (!IsJson(context.Request.ContentType))
            return (null, ApiError.Of(context, 415, $"Content-Type must be application/json, got '{context.Request.ContentType}'."));
        if (context.Request.ContentLength > maxBytes)
            return (null, ApiError.Of(context, 413, $"The request body is larger than {maxBytes} bytes."));
        // Not cancelled when the client leaves: like the Hub, the emulator finishes work it has received.
        using var limited = new MemoryStream();
        await context.Request.Body.CopyToAsync(limited);
        if (limited.Length > maxBytes)
            return (null, ApiError.Of(context, 413, $"The request body is larger than {maxBytes} bytes."));
        var body = new ArraySegment<byte>(limited.GetBuffer(), 0, (int)limited.Length);
        if (StrictJson.Problem(body) is { } problem)
            return (null, ApiError.BadRequest(context, "The request body is not valid JSON: " + problem));
        return Object(context, body);
    }

    static (JsonObject? Body, IResult? Error) Object(HttpContext context, ArraySegment<byte> body) =>
        JsonNode.Parse(body) is JsonObject o ? (o, null) : (null, ApiError.BadRequest(context, "The request body must be a JSON object."));

    /// <summary>application/json or a +json type, by media type: application/jsonx is not JSON.</summary>
    public static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media) &&
        (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
         media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>A text field: null when absent, null or blank; a field of another type or too long is a 400 naming it.</summary>
    public static string? String(JsonObject body, string name, int maxLength = MaxTextLength)
    {
        var node = body[name];
        if (node is null) return null;
        if (node is not JsonValue v || !v.TryGetValue<string>(out var s)) throw FieldError(name, "must be text");
        if (s.Length > maxLength) throw FieldError(name, $"may have {maxLength} characters at most");
        return string.IsNullOrWhiteSpace(s) ? null : s;
    }

    /// <summary>A whole number; false (for the caller's own message) when the field holds anything else.</summary>
    public static bool TryInt(JsonObject body, string name, out int? value)
    {
        value = null;
        var node = body[name];
        if (node is null) return true;
        if (node is JsonValue v && v.TryGetValue<int>(out var n)) { value = n; return true; }
        return false;
    }

    public static decimal? Decimal(JsonObject? body, string name)
    {
        var node = body?[name];
        if (node is null) return null;
        return node is JsonValue v && v.TryGetValue<decimal>(out var d) ? d : throw FieldError(name, "must be a number");
    }

    /// <summary>A list of text; each item held to the text limit.</summary>
    public static List<string>? Strings(JsonObject body, string name)
    {
        var node = body[name];
        if (node is null) return null;
        if (node is not JsonArray array) throw FieldError(name, "must be a list of text");
        return array.Select((item, i) => item is JsonValue v && v.TryGetValue<string>(out var s) && s.Length <= MaxTextLength
            ? s
            : throw FieldError($"{name}[{i}]", $"must be text of {MaxTextLength} characters at most")).ToList();
    }

    /// <summary>A field that holds JSON as text (inputData, parameters): parsed, or a 422 naming it (the body is well-formed;
    /// the text in it is not).</summary>
    public static JsonNode? Embedded(JsonObject body, string name)
    {
        if (String(body, name, int.MaxValue) is not { } text) return null;
        return StrictJson.Problem(System.Text.Encoding.UTF8.GetBytes(text)) is { } problem
            ? throw FieldError(name, "must hold JSON: " + problem, 422)
            : JsonNode.Parse(text);
    }

    public static BadHttpRequestException FieldError(string name, string problem, int status = 400) =>
        new($"The field '{name}' {problem}.", status);
}
