using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// The JSON settings of every client. DTO properties carry their wire names explicitly; this reader also
/// accepts the camelCase twin of every snake_case name, because one generation of the Hub's clients read
/// Quantum DTOs in camelCase (backendId) and the reference says snake_case (backend_id). Writing uses the
/// declared name only.
/// </summary>
public static class HubJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddCamelCaseAliases } },
        };
        options.Converters.Add(new LenientDateTimeConverter());
        options.Converters.Add(new StringEnumConverterFactory());
        options.MakeReadOnly();
        return options;
    }

    public static T Deserialize<T>(byte[] utf8) => JsonSerializer.Deserialize<T>(utf8, Options)!;

    public static T Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Options)!;

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    static void AddCamelCaseAliases(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return;
        var names = new HashSet<string>(typeInfo.Properties.Select(p => p.Name), StringComparer.OrdinalIgnoreCase);
        var aliases = new List<JsonPropertyInfo>();
        foreach (var property in typeInfo.Properties)
        {
            if (property.Set is null || property.Name.IndexOf('_') < 0) continue;
            var alias = CamelCase(property.Name);
            if (!names.Add(alias)) continue;
            var twin = typeInfo.CreateJsonPropertyInfo(property.PropertyType, alias);
            twin.Set = property.Set;
            twin.CustomConverter = property.CustomConverter;
            twin.ShouldSerialize = static (_, _) => false;
            aliases.Add(twin);
        }
        foreach (var alias in aliases) typeInfo.Properties.Add(alias);
    }

    internal static string CamelCase(string snake)
    {
        var builder = new StringBuilder(snake.Length);
        var upper = false;
        foreach (var c in snake)
        {
            if (c == '_') { upper = builder.Length > 0; continue; }
            builder.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return builder.ToString();
    }
}
