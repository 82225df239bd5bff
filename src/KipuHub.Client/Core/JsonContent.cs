using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Core;

/// <summary>
/// Free-form JSON from the Hub (a result, an input file, a configuration) as its text, with the parsed
/// plain value (dictionaries, lists, primitives) on demand.
/// </summary>
public sealed class JsonContent
{
    object? value;
    bool parsed;

    public JsonContent(string text)
    {
        Text = text;
    }

    public string Text { get; }

    public object? Value
    {
        get
        {
            if (!parsed)
            {
                value = string.IsNullOrWhiteSpace(Text) ? null : JsonPlainValue.Parse(Text);
                parsed = true;
            }
            return value;
        }
    }

    public override string ToString() => Text;
}
