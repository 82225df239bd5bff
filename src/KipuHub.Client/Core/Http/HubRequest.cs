namespace KipuHub.Client.Core.Http;

/// <summary>One call of a route: path values, query, extra headers and an optional JSON body.</summary>
public sealed class HubRequest
{
    public HubRequest(Route route, params string[] pathValues)
    {
        Route = route;
        PathValues = pathValues;
    }

    public Route Route { get; }
    public IReadOnlyList<string> PathValues { get; }
    public List<KeyValuePair<string, string>> Query { get; } = new();
    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Request body, already serialised.</summary>
    public string? Body { get; set; }
    public string BodyContentType { get; set; } = "application/json";

    public HubRequest WithQuery(string name, string? value)
    {
        if (value is not null) Query.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public HubRequest WithQuery(string name, int? value) =>
        WithQuery(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public HubRequest WithQuery(string name, bool? value) =>
        WithQuery(name, value is null ? null : value.Value ? "true" : "false");

    public HubRequest WithHeader(string name, string? value)
    {
        if (value is not null) Headers[name] = value;
        return this;
    }
}
