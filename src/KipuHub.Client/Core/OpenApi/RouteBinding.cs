using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.OpenApi;

/// <summary>
/// One of our routes sent where the live document has its operation: the document's method and path, our path
/// values by placeholder name (else by position), our query names as the document spells them.
/// </summary>
internal sealed class RouteBinding
{
    readonly int[] pathValueOf;
    readonly IReadOnlyList<string> queryNames;

    RouteBinding(Route target, int[] pathValueOf, IReadOnlyList<string> queryNames)
    {
        Target = target;
        this.pathValueOf = pathValueOf;
        this.queryNames = queryNames;
    }

    public Route Target { get; }

    /// <summary>Null when the document's path has placeholders our call cannot fill.</summary>
    public static RouteBinding? To(OpenApiOperation operation, Route route)
    {
        var template = operation.Path.TrimStart('/');
        var ours = route.Placeholders;
        var theirs = Route.PlaceholdersOf(template);
        var byName = theirs.Select(name => IndexOf(ours, name)).ToArray();
        int[] map;
        if (byName.All(i => i >= 0)) map = byName;
        else if (theirs.Count == ours.Count) map = Enumerable.Range(0, ours.Count).ToArray();
        else return null;
        var queryNames = operation.Parameters.Where(p => p.Location == "query").Select(p => p.Name).ToList();
        return new RouteBinding(new Route(route.OperationId, operation.Method, template, route.Evidence, route.Kind), map, queryNames);
    }

    public HubRequest Redirect(HubRequest request) =>
        request.Redirected(Target, pathValueOf.Select(i => request.PathValues[i]).ToArray(), QueryName);

    /// <summary>
    /// Our query name as the document spells it where the two differ only in spelling (min_qubits, minQubits) or the
    /// document qualifies it (id, dataPoolId); else ours, unchanged.
    /// </summary>
    string QueryName(string ours)
    {
        if (queryNames.Contains(ours, StringComparer.Ordinal)) return ours;
        var spelled = queryNames.Where(n => Plain(n) == Plain(ours)).ToList();
        if (spelled.Count == 1) return spelled[0];
        var qualified = queryNames.Where(n => n.Length > ours.Length && n.EndsWith(ours, StringComparison.OrdinalIgnoreCase)
            && char.IsUpper(n[n.Length - ours.Length]) && char.IsLower(ours[0])).ToList();
        return qualified.Count == 1 ? qualified[0] : ours;
    }

    static string Plain(string name) => new(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
            if (string.Equals(names[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }
}
