namespace KipuHub.Client.Core.Json;

/// <summary>
/// A list of values in an answer (costs, versions, checks): a list to code and to JSON, and where one value is shown as
/// text (Export-Csv, "-f", string interpolation) its items as they read, joined, never the name of a .NET type.
/// </summary>
public sealed class ShownList<T> : List<T>
{
    public ShownList() { }

    public ShownList(IEnumerable<T> items) : base(items) { }

    public override string ToString() => string.Join("; ", this.Select(item => item?.ToString()));
}
