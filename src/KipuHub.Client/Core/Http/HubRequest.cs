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

    /// <summary>A file sent as one part of a multipart/form-data body instead of <see cref="Body"/>.</summary>
    public FileUpload? File { get; set; }

    /// <summary>Text parts of a multipart/form-data body, beside <see cref="File"/> (or alone).</summary>
    public List<KeyValuePair<string, string>> FormFields { get; } = new();

    /// <summary>The answer holds a secret (a new token): its body is never logged.</summary>
    public bool ResponseIsSecret { get; set; }

    /// <summary>The body holds a secret (a provider's token): it is never logged.</summary>
    public bool BodyIsSecret { get; set; }

    public HubRequest WithQuery(string name, string? value)
    {
        if (value is not null) Query.Add(new KeyValuePair<string, string>(name, value));
        return this;
    }

    public HubRequest WithQuery(string name, int? value) =>
        WithQuery(name, value?.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public HubRequest WithQuery(string name, bool? value) =>
        WithQuery(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Query parameters whose values are masked wherever the request is shown (logs, errors): a password some API wants
    /// there.</summary>
    public HashSet<string> SecretQueryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>A query parameter whose value is a secret: sent, never shown.</summary>
    public HubRequest WithSecretQuery(string name, string? value)
    {
        SecretQueryNames.Add(name);
        return WithQuery(name, value);
    }

    public HubRequest WithHeader(string name, string? value)
    {
        if (value is not null) Headers[name] = value;
        return this;
    }

    /// <summary>The same call of another route: its path values given, query names renamed, all else as it is.</summary>
    internal HubRequest Redirected(Route route, string[] pathValues, Func<string, string> queryName)
    {
        var copy = new HubRequest(route, pathValues)
        {
            Body = Body,
            BodyContentType = BodyContentType,
            File = File,
            ResponseIsSecret = ResponseIsSecret,
            BodyIsSecret = BodyIsSecret,
        };
        foreach (var pair in Query) copy.Query.Add(new KeyValuePair<string, string>(queryName(pair.Key), pair.Value));
        foreach (var name in SecretQueryNames) copy.SecretQueryNames.Add(queryName(name));
        foreach (var header in Headers) copy.Headers[header.Key] = header.Value;
        copy.FormFields.AddRange(FormFields);
        return copy;
    }
}

/// <summary>One file of a multipart upload; opened anew for every attempt, so a retry sends it whole.</summary>
public sealed class FileUpload(string field, Func<Stream> open, string fileName, string contentType)
{
    public string Field { get; } = field;
    public Func<Stream> Open { get; } = open;
    public string FileName { get; } = fileName;
    public string ContentType { get; } = contentType;
}
