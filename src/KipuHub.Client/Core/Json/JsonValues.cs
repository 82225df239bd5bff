using System.Text.Json;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// A JSON object read as plain values: a dictionary to code and to JSON, and its compact JSON text where one value is
/// shown as text (Export-Csv, string interpolation), never the name of a .NET type.
/// </summary>
public sealed class JsonMap() : Dictionary<string, object?>(StringComparer.Ordinal)
{
    public override string ToString() => JsonSerializer.Serialize<Dictionary<string, object?>>(this);
}

/// <summary>A JSON array read as plain values; shown as its compact JSON text, as <see cref="JsonMap"/>.</summary>
public sealed class JsonList : List<object?>
{
    public override string ToString() => JsonSerializer.Serialize<List<object?>>(this);
}
