using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// Timestamps arrive as ISO 8601 with or without offset, sometimes with a space instead of 'T';
/// one the client cannot read becomes null rather than failing the whole object.
/// </summary>
internal sealed class LenientDateTimeConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var epochMillis))
            return DateTimeOffset.FromUnixTimeMilliseconds(epochMillis);
        if (reader.TokenType != JsonTokenType.String) return null;
        // The allocation-free parser would read a time without an offset as local time; the Hub means UTC.
        if (!reader.HasValueSequence && HasOffset(reader.ValueSpan) && reader.TryGetDateTimeOffset(out var iso)) return iso;
        var text = reader.GetString();
        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
            ? value
            : null;
    }

    static bool HasOffset(ReadOnlySpan<byte> text) =>
        text.Length > 6 && (text[text.Length - 1] is (byte)'Z' or (byte)'z' || text[text.Length - 6] is (byte)'+' or (byte)'-');

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is null) writer.WriteNullValue();
        else writer.WriteStringValue(value.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.fffK", CultureInfo.InvariantCulture));
    }
}
