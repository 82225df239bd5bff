using System.Collections;
using System.Text.Json;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// A JSON object as text, for APIs that take objects as JSON strings inside a body (the 2024 Platform API's
/// inputData and parameters): JSON text is checked and kept as written, plain values are serialized.
/// </summary>
public static class JsonObjectText
{
    /// <param name="value">JSON text of an object, or plain values (a dictionary) from <see cref="PlainValueConverter"/>.</param>
    /// <param name="what">How the caller names the value in errors (-InputData).</param>
    /// <exception cref="ArgumentException">Not an object, or not JSON.</exception>
    public static string? Of(object? value, string what)
    {
        switch (value)
        {
            case null:
                return null;
            case string text:
                try
                {
                    using (var document = JsonDocument.Parse(text))
                        if (document.RootElement.ValueKind == JsonValueKind.Object) return text;
                }
                catch (JsonException e)
                {
                    throw new ArgumentException($"{what} is not JSON text of an object: {e.Message}");
                }
                throw new ArgumentException($"{what} must be JSON text of an object.");
            case IDictionary:
                return JsonSerializer.Serialize(value, HubJson.Options);
            default:
                throw new ArgumentException($"{what} must be an object (a hashtable, an object or JSON text of an object).");
        }
    }
}
