using System.Text.Json;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// What System.Text.Json parses but a handler would trip over later: a property named twice in one object (JsonObject
/// throws on first access), text that is not UTF-16 (a lone surrogate escape) or not UTF-8. One pass over the bytes.
/// </summary>
public static class StrictJson
{
    /// <summary>Null when the document is well-formed JSON without those faults; else what is wrong, and where.</summary>
    public static string? Problem(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 64 });
        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        names.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.StartArray:
                        names.Push(null);
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        var name = reader.GetString()!;
                        if (!names.Peek()!.Add(name)) return $"the property '{Shorten(name)}' appears twice in one object.";
                        break;
                    case JsonTokenType.String:
                        reader.GetString();
                        break;
                }
            }
            return null;
        }
        catch (JsonException e)
        {
            return e.Message;
        }
        catch (InvalidOperationException e)
        {
            return $"{e.Message} (at byte {reader.TokenStartIndex}).";
        }
    }

    static string Shorten(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
