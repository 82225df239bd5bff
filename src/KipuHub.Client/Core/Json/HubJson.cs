using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// The JSON settings of every client. DTO properties carry their wire names explicitly; this reader also
/// accepts the other spelling of every name, because one generation of the Hub's clients read Quantum DTOs in
/// camelCase (backendId) while the reference says snake_case (backend_id), and the reference gives the other
/// APIs' fields in both (created_at / createdAt). Writing uses the declared name only.
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
            if (property.Set is null) continue;
            var alias = property.Name.IndexOf('_') >= 0 ? CamelCase(property.Name) : SnakeCase(property.Name);
            if (!names.Add(alias)) continue;
            var twin = typeInfo.CreateJsonPropertyInfo(property.PropertyType, alias);
            twin.Set = property.Set;
            twin.CustomConverter = property.CustomConverter;
            twin.ShouldSerialize = static (_, _) => false;
            aliases.Add(twin);
        }
        foreach (var alias in aliases) typeInfo.Properties.Add(alias);
    }

    internal static string SnakeCase(string camel)
    {
        var builder = new StringBuilder(camel.Length + 4);
        foreach (var c in camel)
        {
            if (char.IsUpper(c) && builder.Length > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
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
