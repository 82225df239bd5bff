using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's algorithms (with their parts), implementations, use_cases and git_integrations.
public static partial class PlatformRoutes
{
    // Algorithms and use cases: list and get seen in the MCP server (current); the rest the Hub's conventions.
    // Implementations: nothing public beyond the UI's /implementations; the Hub's conventions.
    public static readonly CatalogResourceRoutes Algorithms = new(
        Seen("get_algorithms", "GET", "algorithms"), Seen("get_algorithm", "GET", "algorithms/{id}"),
        Inferred("create_algorithm", "POST", "algorithms", RouteKind.Create),
            Inferred("update_algorithm", "PUT", "algorithms/{id}", RouteKind.IdempotentWrite),
        Inferred("delete_algorithm", "DELETE", "algorithms/{id}", RouteKind.IdempotentWrite));
    public static readonly Route GetAlgorithmSketches = Inferred("get_algorithm_sketches", "GET", "algorithms/{id}/sketches");
    public static readonly Route AddAlgorithmSketch = Inferred("add_algorithm_sketch", "POST", "algorithms/{id}/sketches",
        RouteKind.Create);
    public static readonly Route DeleteAlgorithmSketch = Inferred("delete_algorithm_sketch", "DELETE",
        "algorithms/{id}/sketches/{sketchId}", RouteKind.IdempotentWrite);
    public static readonly Route GetAlgorithmRelations = Inferred("get_algorithm_relations", "GET", "algorithms/{id}/relations");
    public static readonly Route AddAlgorithmRelation = Inferred("add_algorithm_relation", "POST", "algorithms/{id}/relations",
        RouteKind.Create);
    public static readonly Route DeleteAlgorithmRelation = Inferred("delete_algorithm_relation", "DELETE",
        "algorithms/{id}/relations/{relationId}", RouteKind.IdempotentWrite);
    public static readonly Route GetAlgorithmPermissions = Inferred("get_algorithm_permissions", "GET", "algorithms/{id}/permissions");
    public static readonly Route SetAlgorithmPermission = Inferred("set_algorithm_permission", "PUT", "algorithms/{id}/permissions",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteAlgorithmPermission = Inferred("delete_algorithm_permission", "DELETE",
        "algorithms/{id}/permissions/{permissionId}", RouteKind.IdempotentWrite);
    public static readonly CatalogResourceRoutes Implementations = new(
        Inferred("get_implementations", "GET", "implementations"), Inferred("get_implementation", "GET", "implementations/{id}"),
        Inferred("create_implementation", "POST", "implementations", RouteKind.Create),
            Inferred("update_implementation", "PUT", "implementations/{id}", RouteKind.IdempotentWrite),
        Inferred("delete_implementation", "DELETE", "implementations/{id}", RouteKind.IdempotentWrite));
    public static readonly CatalogResourceRoutes UseCases = new(
        Seen("get_use_cases", "GET", "use-cases"), Seen("get_use_case", "GET", "use-cases/{id}"),
        Inferred("create_use_case", "POST", "use-cases", RouteKind.Create), Inferred("update_use_case", "PUT", "use-cases/{id}",
            RouteKind.IdempotentWrite),
        Inferred("delete_use_case", "DELETE", "use-cases/{id}", RouteKind.IdempotentWrite));

    // Git integrations: nothing public; the Hub's conventions.
    public static readonly CatalogResourceRoutes GitIntegrations = new(
        Inferred("get_git_integrations", "GET", "git-integrations"), Inferred("get_git_integration", "GET", "git-integrations/{id}"),
        Inferred("create_git_integration", "POST", "git-integrations", RouteKind.Create),
            Inferred("update_git_integration", "PUT", "git-integrations/{id}", RouteKind.IdempotentWrite),
        Inferred("delete_git_integration", "DELETE", "git-integrations/{id}", RouteKind.IdempotentWrite));
}
