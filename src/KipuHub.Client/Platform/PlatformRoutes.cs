using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

/// <summary>
/// Routes of the Platform API (qc-catalog; ../shared/api/platform.yaml). authorize was seen with its method and
/// path; the data-pool routes follow the current /datapools prefix the Hub's MCP server maps, their methods and
/// paths inferred (the SDK's names, parameters and types were seen); applications keep the 2024 API's routes.
/// The rest of the Platform API is reached by operation id until this table has it.
/// </summary>
public static class PlatformRoutes
{
    public static readonly Route Authorize = Seen("authorize", "POST", "authorize");

    public static readonly Route GetDataPools = Inferred("get_data_pools", "GET", "datapools");
    public static readonly Route GetDataPool = Inferred("get_data_pool", "GET", "datapools/{id}");
    public static readonly Route CreateDataPool = Inferred("create_data_pool", "POST", "datapools", RouteKind.Create);
    public static readonly Route UpdateDataPool = Inferred("update_data_pool", "PUT", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route DeleteDataPool = Inferred("delete_data_pool", "DELETE", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetDataPoolFiles = Inferred("get_data_pool_files", "GET", "datapools/{id}/files");
    public static readonly Route AddDataPoolFile = Inferred("add_data_pool_file", "POST", "datapools/{id}/files", RouteKind.Create);
    public static readonly Route GetDataPoolFile = Inferred("get_data_pool_file", "GET", "datapools/{id}/files/{fileId}");
    public static readonly Route DeleteDataPoolFile = Inferred("delete_data_pool_file", "DELETE", "datapools/{id}/files/{fileId}", RouteKind.IdempotentWrite);

    // Applications: the 2024 API's routes (seen in the PLANQK CLI's generated client), nothing newer being known;
    // their gateway credentials' route is inferred.
    public static readonly Route GetApplications = Seen("get_applications", "GET", "v2/applications");
    public static readonly Route GetApplication = Seen("get_application", "GET", "v2/applications/{id}");
    public static readonly Route CreateApplication = Seen("create_application", "POST", "v2/applications", RouteKind.Create);
    public static readonly Route DeleteApplication = Seen("delete_application", "DELETE", "v2/applications/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetApplicationCredentials = Inferred("get_application_credentials", "GET", "v2/applications/{id}/credentials");

    // The marketplace: seen in the Hub's MCP server (current) and the 2024 CLI alike.
    public static readonly Route FindServices = Seen("find_services", "GET", "v2/apis");
    public static readonly Route FindService = Seen("find_service", "GET", "v2/apis/{id}");
    public static readonly Route GetApiSpec = Seen("get_api_spec", "GET", "v2/apis/{id}/api-spec");

    // Subscriptions: get_subscription_service_executions seen in the MCP server (current); the rest are the 2024 API's.
    public static readonly Route CreateSubscription = Seen("create_subscription", "POST", "subscriptions", RouteKind.Create);
    public static readonly Route GetSubscription = Seen("get_subscription", "GET", "subscriptions/{id}");
    public static readonly Route DeleteSubscription = Seen("delete_subscription", "DELETE", "subscriptions/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetSubscriptionServiceExecutions = Seen("get_subscription_service_executions", "GET", "subscriptions/{id}/service-executions");
    public static readonly Route GetApplicationSubscriptions = Seen("get_application_subscriptions", "GET", "v2/applications/{id}/subscriptions");

    public static IReadOnlyList<Route> All { get; } = new[]
    {
        Authorize, GetDataPools, GetDataPool, CreateDataPool, UpdateDataPool, DeleteDataPool, GetDataPoolFiles, AddDataPoolFile, GetDataPoolFile, DeleteDataPoolFile,
        GetApplications, GetApplication, CreateApplication, DeleteApplication, GetApplicationCredentials,
        FindServices, FindService, GetApiSpec,
        CreateSubscription, GetSubscription, DeleteSubscription, GetSubscriptionServiceExecutions, GetApplicationSubscriptions,
    };
}
