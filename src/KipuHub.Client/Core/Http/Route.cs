namespace KipuHub.Client.Core.Http;

/// <summary>Where a route's facts come from (../shared/api): seen in a public SDK, or inferred from the Hub's conventions.</summary>
public enum RouteEvidence
{
    Seen,
    Inferred,
    /// <summary>Named at run time (Invoke-QHubRequest) or read from the live document: sent as it is, never re-bound.</summary>
    Given,
}

/// <summary>What a request does to server state; decides which failures may be retried.</summary>
public enum RouteKind
{
    /// <summary>Reads: any transient failure is retried.</summary>
    Read,
    /// <summary>Idempotent changes (cancel, close, state updates): retried like reads.</summary>
    IdempotentWrite,
    /// <summary>Creates something, maybe paid: retried only when the server certainly did not process it.</summary>
    Create,
}

/// <summary>One operation of an API: method and path template, relative to the API's base URL.</summary>
public sealed class Route
{
    public Route(string operationId, string method, string template, RouteEvidence evidence, RouteKind kind)
    {
        OperationId = operationId;
        Method = method;
        Template = template;
        Evidence = evidence;
        Kind = kind;
    }

    /// <summary>The SDK's method name (snake_case): get_data_pools.</summary>
    public string OperationId { get; }

    /// <summary>The operation id as the Hub's OpenAPI documents spell it: the camelCase of the SDK name (getDataPools).</summary>
    public string HubOperationId => hubOperationId ??= CamelCase(OperationId);

    /// <summary>Whether a 404 or 405 may send this route where the live document says: routes of our tables only.</summary>
    public bool FollowsDocument => Evidence != RouteEvidence.Given;

    public string Method { get; }
    public string Template { get; }
    public RouteEvidence Evidence { get; }
    public RouteKind Kind { get; }

    string? hubOperationId;
    IReadOnlyList<string>? placeholders;

    public static Route Seen(string operationId, string method, string template, RouteKind kind = RouteKind.Read) =>
        new(operationId, method, template, RouteEvidence.Seen, kind);

    public static Route Inferred(string operationId, string method, string template, RouteKind kind = RouteKind.Read) =>
        new(operationId, method, template, RouteEvidence.Inferred, kind);

    /// <summary>
    /// Fills the {placeholders} in order, each value escaped as one path segment,
    /// so that an id such as "../users/me" can never reach another route.
    /// </summary>
    public string Expand(IReadOnlyList<string> values)
    {
        var builder = new System.Text.StringBuilder(Template.Length + 32);
        var next = 0;
        var i = 0;
        while (i < Template.Length)
        {
            var open = Template.IndexOf('{', i);
            if (open < 0)
            {
                builder.Append(Template, i, Template.Length - i);
                break;
            }
            var close = Template.IndexOf('}', open);
            builder.Append(Template, i, open - i);
            var name = Template.Substring(open + 1, close - open - 1);
            if (next >= values.Count)
                throw new ArgumentException($"Route {OperationId} needs a value for '{name}'.");
            builder.Append(PathSegment.Escape(values[next++], name));
            i = close + 1;
        }
        if (next != values.Count)
            throw new ArgumentException($"Route {OperationId} takes {next} path values, got {values.Count}.");
        return builder.ToString();
    }

    /// <summary>The names of the {placeholders}, in order.</summary>
    public IReadOnlyList<string> Placeholders => placeholders ??= PlaceholdersOf(Template);

    /// <summary>The names of a path template's {placeholders}, in order.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string template)
    {
        var names = new List<string>();
        for (var open = template.IndexOf('{'); open >= 0; open = template.IndexOf('{', open + 1))
        {
            var close = template.IndexOf('}', open);
            if (close < 0) break;
            names.Add(template.Substring(open + 1, close - open - 1));
        }
        return names;
    }

    static string CamelCase(string snake)
    {
        var parts = snake.Split(new[] { '_' }, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? snake : parts[0] + string.Concat(parts.Skip(1).Select(p =>
            char.ToUpperInvariant(p[0]) + p.Substring(1)));
    }

    public override string ToString() => $"{Method} {Template}";
}
