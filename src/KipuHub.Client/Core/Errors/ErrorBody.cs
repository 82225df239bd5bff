using System.Text.Json;

namespace KipuHub.Client.Core.Errors;

/// <summary>Reads the human message out of the JSON error bodies the Hub and Spring-style servers send.</summary>
internal static class ErrorBody
{
    static readonly string[] MessageFields = { "message", "detail", "error_description", "error", "title" };

    /// <summary>How much of an error body is kept (in the exception, in -Debug): a sentence or a page, never megabytes.</summary>
    public const int MaxBodyCharacters = 64 * 1024;

    /// <summary>How much of the server's message becomes the exception's: an error message is a sentence or two.</summary>
    public const int MaxMessageCharacters = 2000;

    public static string? ExtractMessage(string? body) =>
        Core.Redaction.Truncate(Message(body) ?? "", MaxMessageCharacters) is { Length: > 0 } message ? message : null;

    static string? Message(string? body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        try
        {
            using var document = JsonDocument.Parse(body!);
            if (document.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var field in MessageFields)
            {
                if (document.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    return value.GetString();
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }
}
