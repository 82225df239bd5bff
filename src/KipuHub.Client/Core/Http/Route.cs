namespace KipuHub.Client.Core.Http;

/// <summary>Where a route's facts come from (../shared/api): seen in a public SDK, or inferred from the Hub's conventions.</summary>
public enum RouteEvidence
{
    Seen,
    Inferred,
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

    public string OperationId { get; }
    public string Method { get; }
    public string Template { get; }
    public RouteEvidence Evidence { get; }
    public RouteKind Kind { get; }

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

    public override string ToString() => $"{Method} {Template}";
}
