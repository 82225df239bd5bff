using RestSharp;

namespace KipuHub.Client.Core.Http;

internal static class ResponseHeaders
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(RestResponse response)
    {
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in (response.Headers ?? Array.Empty<HeaderParameter>()).Concat(response.ContentHeaders ??
            Array.Empty<HeaderParameter>()))
            Add(headers, header.Name, header.Value);
        return Freeze(headers);
    }

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> From(HttpResponseMessage message)
    {
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var all = message.Content is null ? message.Headers : message.Headers.Concat(message.Content.Headers);
        foreach (var header in all)
            foreach (var value in header.Value)
                Add(headers, header.Key, value);
        return Freeze(headers);
    }

    static void Add(Dictionary<string, List<string>> headers, string? name, string? value)
    {
        if (name is null) return;
        if (!headers.TryGetValue(name, out var list)) headers[name] = list = new List<string>();
        list.Add(value ?? "");
    }

    static IReadOnlyDictionary<string, IReadOnlyList<string>> Freeze(Dictionary<string, List<string>> headers) =>
        headers.ToDictionary(h => h.Key, h => (IReadOnlyList<string>)h.Value, StringComparer.OrdinalIgnoreCase);
}
