using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Platform;

/// <summary>
/// Routes of the Platform API (qc-catalog; ../shared/api/platform.yaml). authorize and the nine data-pool routes were
/// seen with their methods and paths (the data pools in planqk-api-sdk 1.9.3's raw client); where the 2024 API had
/// the resource, its route is kept (marked seen, with a comment); else the Hub's conventions (inferred). Each route
/// follows the live document when it answers 404 or 405 (RouteBinder); the rest of the Platform API is reached by
/// operation id. One file per namespace of the reference, beside this one.
/// </summary>
public static partial class PlatformRoutes
{
    // Read on first use, when every field of the table is set, in whichever of its files.
    static IReadOnlyList<Route>? all;

    /// <summary>Every route of the table, in the order declared.</summary>
    public static IReadOnlyList<Route> All => all ??= RouteTable.Of(typeof(PlatformRoutes));
}
