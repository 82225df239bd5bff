using System.Text.Json;
using System.Text.Json.Serialization;

namespace KipuHub.Client.Core.Json;

internal sealed class StringEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        for (var t = typeToConvert.BaseType; t is not null; t = t.BaseType)
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(StringEnum<>)) return true;
        return false;
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(StringEnumConverter<>).MakeGenericType(typeToConvert))!;
}

internal sealed class StringEnumConverter<T> : JsonConverter<T> where T : StringEnum<T>
{
    // The Hub sends known values in their exact spelling: comparing the raw UTF-8 finds them without allocating.
    static readonly (byte[] Utf8, T Value)[] Exact = StringEnum<T>.KnownValues.Select(v =>
        (System.Text.Encoding.UTF8.GetBytes(v.Value), v)).ToArray();

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType == JsonTokenType.String)
            foreach (var (utf8, value) in Exact)
                if (reader.ValueTextEquals(utf8)) return value;
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString()! : JsonPlainValue.RawText(ref reader);
        foreach (var known in StringEnum<T>.KnownValues)
            if (known.Equals(text)) return known;
        return (T)Activator.CreateInstance(typeof(T), text)!;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
}
