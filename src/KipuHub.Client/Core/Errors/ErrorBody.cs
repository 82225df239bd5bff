using System.Text.Json;

namespace KipuHub.Client.Core.Errors;

/// <summary>Reads the human message out of the JSON error bodies the Hub and Spring-style servers send.</summary>
internal static class ErrorBody
{
    static readonly string[] MessageFields = { "message", "detail", "error_description", "error", "title" };

    public static string? ExtractMessage(string? body)
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
