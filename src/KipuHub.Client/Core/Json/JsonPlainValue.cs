using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// Reads free-form JSON (results, inputs, calibration, metadata) into plain dictionaries, lists and
/// primitives: JsonElement must not cross into PowerShell, whose System.Text.Json is another assembly.
/// </summary>
public sealed class JsonPlainValue : JsonConverter<object?>
{
    public override bool HandleNull => true;

    public override object? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => ReadValue(ref reader);

    public override void Write(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else JsonSerializer.Serialize(writer, value, value.GetType(), options);
    }

    public static object? Parse(string json)
    {
        var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(json),
            new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        reader.Read();
        return ReadValue(ref reader);
    }

    /// <summary>Parses without throwing: callers outside this assembly need no System.Text.Json type.</summary>
    public static bool TryParse(string json, out object? value, out string? error)
    {
        try
        {
            value = Parse(json);
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            value = null;
            error = e.Message;
            return false;
        }
    }

    public static object? ReadValue(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var map = new JsonMap();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    map[name] = ReadValue(ref reader);
                }
                return map;
            case JsonTokenType.StartArray:
                var list = new JsonList();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    list.Add(ReadValue(ref reader));
                return list;
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out var whole)) return whole;
                return reader.GetDouble();
            case JsonTokenType.True:
                return true;
            case JsonTokenType.False:
                return false;
            default:
                return null;
        }
    }

    internal static string RawText(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.Number => reader.TryGetInt64(out var n) ? n.ToString(CultureInfo.InvariantCulture) :
            reader.GetDouble().ToString(CultureInfo.InvariantCulture),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
    };
}
