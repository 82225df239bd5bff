using System.Reflection;

namespace KipuHub.Client.Core.Http;

/// <summary>Routes that belong together and are declared as one (a catalog resource's list, get, create, …).</summary>
public interface IRouteGroup
{
    IEnumerable<Route> All { get; }
}

/// <summary>Every route of an API's table: one way for all four tables, so that none can forget a route it declares.</summary>
public static class RouteTable
{
    /// <summary>The public static routes the table type declares, and those of its route groups, in declaration order.</summary>
    public static IReadOnlyList<Route> Of(Type table) => table
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .OrderBy(f => f.MetadataToken)
        .SelectMany(f => f.GetValue(null) switch
        {
            Route route => new[] { route },
            IRouteGroup group => group.All,
            _ => Enumerable.Empty<Route>(),
        })
        .ToList();
}
