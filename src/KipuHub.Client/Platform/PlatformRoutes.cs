using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

/// <summary>
/// Routes of the Platform API (qc-catalog; ../shared/api/platform.yaml). authorize and the nine data-pool routes were
/// seen with their methods and paths (the data pools in planqk-api-sdk 1.9.3's raw client); where the 2024 API had
/// the resource, its route is kept (marked seen, with a comment); else the Hub's conventions (inferred). Each route
/// follows the live document when it answers 404 or 405 (RouteBinder); the rest of the Platform API is reached by
/// operation id.
/// </summary>
public static class PlatformRoutes
{
    public static readonly Route Authorize = Seen("authorize", "POST", "authorize");

    public static readonly Route GetDataPools = Seen("get_data_pools", "GET", "datapools");
    public static readonly Route GetDataPool = Seen("get_data_pool", "GET", "datapools/{id}");
    public static readonly Route CreateDataPool = Seen("create_data_pool", "POST", "datapools", RouteKind.Create);
    public static readonly Route UpdateDataPool = Seen("update_data_pool", "PUT", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route DeleteDataPool = Seen("delete_data_pool", "DELETE", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetDataPoolFiles = Seen("get_data_pool_files", "GET", "datapools/{id}/files");
    public static readonly Route AddDataPoolFile = Seen("add_data_pool_file", "POST", "datapools/{id}/files", RouteKind.Create);
    public static readonly Route GetDataPoolFile = Seen("get_data_pool_file", "GET", "datapools/{id}/files/{fileId}");
    public static readonly Route DeleteDataPoolFile = Seen("delete_data_pool_file", "DELETE", "datapools/{id}/files/{fileId}",
        RouteKind.IdempotentWrite);

    // Applications: the 2024 API's routes (seen in the PLANQK CLI's generated client), nothing newer being known;
    // their gateway credentials' route is inferred.
    public static readonly Route GetApplications = Seen("get_applications", "GET", "v2/applications");
    public static readonly Route GetApplication = Seen("get_application", "GET", "v2/applications/{id}");
    public static readonly Route CreateApplication = Seen("create_application", "POST", "v2/applications", RouteKind.Create);
    public static readonly Route DeleteApplication = Seen("delete_application", "DELETE", "v2/applications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetApplicationCredentials = Inferred("get_application_credentials", "GET",
        "v2/applications/{id}/credentials");
    public static readonly Route RegenerateApplicationCredentials = Inferred("regenerate_application_credentials", "POST",
        "v2/applications/{id}/credentials/regenerate", RouteKind.Create);
    public static readonly Route UpdateApplication = Inferred("update_application", "PUT", "v2/applications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetApplicationAccessToken = Seen("get_access_token", "POST", "v2/applications/{id}/access-token",
        RouteKind.Create);

    // The marketplace: seen in the Hub's MCP server (current) and the 2024 CLI alike.
    public static readonly Route FindServices = Seen("find_services", "GET", "v2/apis");
    public static readonly Route FindService = Seen("find_service", "GET", "v2/apis/{id}");
    public static readonly Route GetApiSpec = Seen("get_api_spec", "GET", "v2/apis/{id}/api-spec");

    // Subscriptions: get_subscription_service_executions seen in the MCP server (current); the rest are the 2024 API's.
    public static readonly Route CreateSubscription = Seen("create_subscription", "POST", "subscriptions", RouteKind.Create);
    public static readonly Route GetSubscription = Seen("get_subscription", "GET", "subscriptions/{id}");
    public static readonly Route DeleteSubscription = Seen("delete_subscription", "DELETE", "subscriptions/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetSubscriptionServiceExecutions = Seen("get_subscription_service_executions", "GET",
        "subscriptions/{id}/service-executions");
    public static readonly Route GetApplicationSubscriptions = Seen("get_application_subscriptions", "GET",
        "v2/applications/{id}/subscriptions");

    // Services: the 2024 API's routes, listed paged as the current SDK's get_services(page, size) shows. No generation
    // of the API has POST services: services are created by kind (managed, external and workflow services, below).
    public static readonly Route GetServices = Seen("get_services", "GET", "services");
    public static readonly Route GetService = Seen("get_service", "GET", "services/{id}");
    public static readonly Route DeleteService = Seen("delete_service", "DELETE", "services/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetServiceVersions = Seen("get_service_versions", "GET", "services/{id}/versions");
    public static readonly Route GetServiceVersion = Seen("get_service_version", "GET", "services/{serviceId}/versions/{versionId}");
    public static readonly Route UpdateServiceVersion = Seen("update_service_version", "PUT", "services/{serviceId}/versions/{versionId}",
        RouteKind.IdempotentWrite);
    // Not retried once sent: a publish that went through answers 409 the second time.
    public static readonly Route PublishService = Seen("publish_service", "POST", "services/{serviceId}/versions/{versionId}/publish",
        RouteKind.Create);
    public static readonly Route UnpublishService = Seen("unpublish_service", "POST",
        "services/{serviceId}/versions/{versionId}/unpublish", RouteKind.Create);

    // Service executions of the catalog: nothing public beyond a subscription's; the Hub's conventions.
    public static readonly Route GetServiceExecutions = Inferred("get_service_executions", "GET", "service-executions");
    public static readonly Route GetServiceExecution = Inferred("get_service_execution", "GET", "service-executions/{id}");
    public static readonly Route GetServiceExecutionInput = Inferred("get_service_execution_input", "GET", "service-executions/{id}/input");
    public static readonly Route GetServiceExecutionResult = Inferred("get_service_execution_result", "GET",
        "service-executions/{id}/result");
    public static readonly Route GetServiceExecutionLogs = Inferred("get_service_execution_logs", "GET", "service-executions/{id}/logs");
    public static readonly Route GetServiceExecutionMetrics = Inferred("get_service_execution_metrics", "GET",
        "service-executions/{id}/metrics");
    public static readonly Route CancelServiceExecution = Inferred("cancel_service_execution", "PUT", "service-executions/{id}/cancel",
        RouteKind.IdempotentWrite);

    // Service jobs: the current /service-jobs prefix (seen in the MCP server) with the 2024 /jobs API's methods and paths below it.
    public static readonly Route GetServiceJobs = Inferred("get_service_jobs", "GET", "service-jobs");
    public static readonly Route GetServiceJob = Inferred("get_service_job", "GET", "service-jobs/{id}");
    public static readonly Route CreateServiceJob = Inferred("create_service_job", "POST", "service-jobs", RouteKind.Create);
    public static readonly Route CancelServiceJob = Inferred("cancel_service_job", "PUT", "service-jobs/{id}/cancel",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteServiceJob = Inferred("delete_service_job", "DELETE", "service-jobs/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetServiceJobLogs = Inferred("get_service_job_logs", "GET", "service-jobs/{id}/logs");

    // Grants and shares of data pools: nothing public; below the current /datapools prefix.
    public static readonly Route GetDataPoolGrants = Inferred("get_data_pool_grants", "GET", "datapools/{id}/grants");
    public static readonly Route CreateDataPoolGrant = Seen("create_data_pool_grant", "POST", "datapools/{id}/grants", RouteKind.Create);
    public static readonly Route DeleteDataPoolGrant = Inferred("delete_data_pool_grant", "DELETE", "datapools/{id}/grants/{grantId}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetDataPoolShares = Inferred("get_data_pool_shares", "GET", "datapools/{id}/shares");
    public static readonly Route CreateDataPoolShare = Seen("create_data_pool_share", "POST", "datapools/{id}/shares", RouteKind.Create);
    public static readonly Route UpdateDataPoolShare = Seen("update_data_pool_share", "PUT", "datapools/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteDataPoolShare = Inferred("delete_data_pool_share", "DELETE", "datapools/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);

    // Organizations: nothing public; the Hub's conventions.
    public static readonly Route GetOrganizations = Inferred("get_organizations", "GET", "organizations");
    public static readonly Route GetOrganization = Inferred("get_organization", "GET", "organizations/{id}");
    public static readonly Route CreateOrganization = Inferred("create_organization", "POST", "organizations", RouteKind.Create);
    public static readonly Route UpdateOrganization = Inferred("update_organization", "PUT", "organizations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteOrganization = Inferred("delete_organization", "DELETE", "organizations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetOrganizationMembers = Inferred("get_organization_members", "GET", "organizations/{id}/members");
    public static readonly Route AddOrganizationMember = Inferred("add_organization_member", "POST", "organizations/{id}/members",
        RouteKind.Create);
    public static readonly Route UpdateOrganizationMember = Inferred("update_organization_member", "PUT",
        "organizations/{id}/members/{userId}", RouteKind.IdempotentWrite);
    public static readonly Route RemoveOrganizationMember = Inferred("remove_organization_member", "DELETE",
        "organizations/{id}/members/{userId}", RouteKind.IdempotentWrite);
    public static readonly Route GetProviderTokens = Inferred("get_provider_tokens", "GET", "organizations/{id}/provider-tokens");
    public static readonly Route SetProviderToken = Inferred("set_provider_token", "PUT", "organizations/{id}/provider-tokens/{provider}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteProviderToken = Inferred("delete_provider_token", "DELETE",
        "organizations/{id}/provider-tokens/{provider}", RouteKind.IdempotentWrite);

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

    // Billing: the 2024 API's dashboard (seen: costs and revenue by month); the rest the Hub's conventions.
    public static readonly Route GetBalance = Inferred("get_balance", "GET", "billing/balance");
    public static readonly Route GetBudget = Inferred("get_budget", "GET", "billing/budget");
    public static readonly Route UpdateBudget = Inferred("update_budget", "PUT", "billing/budget", RouteKind.IdempotentWrite);
    public static readonly Route GetCredits = Inferred("get_credits", "GET", "billing/credits");
    public static readonly Route GetBillingHistory = Inferred("get_billing_history", "GET", "billing/history");
    public static readonly Route GetCostReport = Inferred("get_cost_report", "GET", "billing/cost-report");
    public static readonly Route GetCostsByMonth = Seen("get_costs_by_month", "GET", "dashboard/costs");
    public static readonly Route GetRevenueByMonth = Seen("get_revenue_by_month", "GET", "dashboard/revenue");
    public static readonly Route GetQuantumWorkloadCosts = Inferred("get_quantum_workload_costs", "GET", "quantum-workloads/costs");
    public static readonly Route CheckEligibility = Inferred("check_eligibility", "GET", "eligibility");

    // User notifications: nothing public; the Hub's conventions.
    public static readonly Route GetNotifications = Inferred("get_notifications", "GET", "notifications");
    public static readonly Route GetNotification = Inferred("get_notification", "GET", "notifications/{id}");
    public static readonly Route UpdateNotification = Inferred("update_notification", "PUT", "notifications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route MarkAllNotificationsRead = Inferred("mark_all_notifications_read", "POST", "notifications/read",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteNotification = Inferred("delete_notification", "DELETE", "notifications/{id}",
        RouteKind.IdempotentWrite);

    // Service shares: nothing public; the Hub's conventions, as the data pools' shares.
    public static readonly Route GetServiceShares = Inferred("get_service_shares", "GET", "services/{id}/shares");
    public static readonly Route CreateServiceShare = Inferred("create_service_share", "POST", "services/{id}/shares", RouteKind.Create);
    public static readonly Route UpdateServiceShare = Inferred("update_service_share", "PUT", "services/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteServiceShare = Inferred("delete_service_share", "DELETE", "services/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);

    // Managed services: the 2024 API's routes (seen), the source as multipart with the settings in the query.
    public static readonly Route CreateManagedService = Seen("create_managed_service", "POST", "v2/managed-services", RouteKind.Create);
    public static readonly Route UpdateSourceCode = Seen("update_source_code", "POST",
        "v3/services/{serviceId}/versions/{versionId}/source-code", RouteKind.Create);
    public static readonly Route GetBuildStatus = Seen("get_build_status", "GET", "services/{serviceId}/versions/{versionId}/build-status");
    public static readonly Route GetBuildLogs = Seen("get_build_logs", "GET", "services/{serviceId}/versions/{versionId}/build-logs");

    // Workflow and external services, and any version's API definition: the 2024 API's routes (seen).
    public static readonly Route CreateWorkflowService = Seen("create_workflow_service", "POST", "workflow-services", RouteKind.Create);
    public static readonly Route GetWorkflowModel = Seen("get_workflow_model", "GET",
        "workflow-services/{serviceId}/versions/{versionId}/workflow-model");
    public static readonly Route UpdateWorkflowModel = Seen("update_workflow_model", "PUT",
        "workflow-services/{serviceId}/versions/{versionId}/workflow-model", RouteKind.IdempotentWrite);
    public static readonly Route CreateExternalService = Seen("create_external_service", "POST", "v2/external-services", RouteKind.Create);
    public static readonly Route GetApiDefinition = Seen("get_api_definition", "GET", "services/{serviceId}/versions/{versionId}/api-spec");
    public static readonly Route UpdateApiDefinition = Seen("update_api_definition", "PUT",
        "v3/services/{serviceId}/versions/{versionId}/api-spec", RouteKind.IdempotentWrite);

    // Git integrations: nothing public; the Hub's conventions.
    public static readonly CatalogResourceRoutes GitIntegrations = new(
        Inferred("get_git_integrations", "GET", "git-integrations"), Inferred("get_git_integration", "GET", "git-integrations/{id}"),
        Inferred("create_git_integration", "POST", "git-integrations", RouteKind.Create),
            Inferred("update_git_integration", "PUT", "git-integrations/{id}", RouteKind.IdempotentWrite),
        Inferred("delete_git_integration", "DELETE", "git-integrations/{id}", RouteKind.IdempotentWrite));

    // Users of the Platform API: nothing public; the Hub's conventions (a user's own provider tokens as an organization's).
    public static readonly Route GetAccount = Inferred("get_account", "GET", "users/me/account");
    public static readonly Route GetInvitations = Inferred("get_invitations", "GET", "users/invitations");
    public static readonly Route CreateInvitation = Inferred("create_invitation", "POST", "users/invitations", RouteKind.Create);
    public static readonly Route AcceptInvitation = Inferred("accept_invitation", "POST", "users/invitations/{id}/accept",
        RouteKind.Create);
    public static readonly Route DeleteInvitation = Inferred("delete_invitation", "DELETE", "users/invitations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetUserProviderTokens = Inferred("get_user_provider_tokens", "GET", "users/me/provider-tokens");
    public static readonly Route SetUserProviderToken = Inferred("set_user_provider_token", "PUT", "users/me/provider-tokens/{provider}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteUserProviderToken = Inferred("delete_user_provider_token", "DELETE",
        "users/me/provider-tokens/{provider}", RouteKind.IdempotentWrite);

    public static IReadOnlyList<Route> All { get; } = new[]
    {
        Authorize, GetDataPools, GetDataPool, CreateDataPool, UpdateDataPool, DeleteDataPool, GetDataPoolFiles, AddDataPoolFile,
            GetDataPoolFile, DeleteDataPoolFile,
        GetApplications, GetApplication, CreateApplication, DeleteApplication, GetApplicationCredentials,
        FindServices, FindService, GetApiSpec,
        CreateSubscription, GetSubscription, DeleteSubscription, GetSubscriptionServiceExecutions, GetApplicationSubscriptions,
        RegenerateApplicationCredentials, UpdateApplication, GetApplicationAccessToken,
        GetServices, GetService, DeleteService, GetServiceVersions, GetServiceVersion, UpdateServiceVersion, PublishService,
            UnpublishService,
        GetServiceExecutions, GetServiceExecution, GetServiceExecutionInput, GetServiceExecutionResult, GetServiceExecutionLogs,
            GetServiceExecutionMetrics, CancelServiceExecution,
        GetServiceJobs, GetServiceJob, CreateServiceJob, CancelServiceJob, DeleteServiceJob, GetServiceJobLogs,
        GetDataPoolGrants, CreateDataPoolGrant, DeleteDataPoolGrant, GetDataPoolShares, CreateDataPoolShare, UpdateDataPoolShare,
            DeleteDataPoolShare,
        GetOrganizations, GetOrganization, CreateOrganization, UpdateOrganization, DeleteOrganization,
        GetOrganizationMembers, AddOrganizationMember, UpdateOrganizationMember, RemoveOrganizationMember, GetProviderTokens,
            SetProviderToken, DeleteProviderToken,
    }.Concat(Algorithms.All).Concat(new[]
    {
        GetAlgorithmSketches, AddAlgorithmSketch, DeleteAlgorithmSketch, GetAlgorithmRelations, AddAlgorithmRelation,
            DeleteAlgorithmRelation,
        GetAlgorithmPermissions, SetAlgorithmPermission, DeleteAlgorithmPermission,
    }).Concat(Implementations.All).Concat(UseCases.All).Concat(new[]
    {
        GetBalance, GetBudget, UpdateBudget, GetCredits, GetBillingHistory, GetCostReport, GetCostsByMonth, GetRevenueByMonth,
        GetQuantumWorkloadCosts, CheckEligibility,
        GetNotifications, GetNotification, UpdateNotification, MarkAllNotificationsRead, DeleteNotification,
        GetServiceShares, CreateServiceShare, UpdateServiceShare, DeleteServiceShare,
        CreateManagedService, UpdateSourceCode, GetBuildStatus, GetBuildLogs,
        CreateWorkflowService, GetWorkflowModel, UpdateWorkflowModel, CreateExternalService, GetApiDefinition, UpdateApiDefinition,
    }).Concat(GitIntegrations.All).Concat(new[]
    {
        GetAccount, GetInvitations, CreateInvitation, AcceptInvitation, DeleteInvitation, GetUserProviderTokens, SetUserProviderToken,
            DeleteUserProviderToken,
    }).ToList();
}
