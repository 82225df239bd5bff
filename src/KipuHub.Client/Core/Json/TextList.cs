namespace KipuHub.Client.Core.Json;

/// <summary>
/// A list of strings in an answer (tags, messages): a list to code and to JSON, and its items joined where one
/// value is shown as text (Export-Csv, string interpolation), never the name of a .NET type.
/// </summary>
public sealed class TextList : List<string>
{
    public TextList() { }

    public TextList(IEnumerable<string> items) : base(items) { }

    public override string ToString() => string.Join(", ", this);
}
