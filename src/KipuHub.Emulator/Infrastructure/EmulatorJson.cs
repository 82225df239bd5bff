using System.Text.Json;
using System.Text.Json.Serialization;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// The Hub's wire format: Quantum DTOs in snake_case, absent values omitted. Kept independent of the client
/// library's explicit names, so that the two checking each other proves the wire names rather than assuming them.
/// </summary>
public static class EmulatorJson
{
    public static JsonSerializerOptions SnakeCase { get; } = Create(JsonNamingPolicy.SnakeCaseLower);

    /// <summary>The service gateway and user API speak camelCase.</summary>
    public static JsonSerializerOptions CamelCase { get; } = Create(JsonNamingPolicy.CamelCase);

    static JsonSerializerOptions Create(JsonNamingPolicy policy)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = policy,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
