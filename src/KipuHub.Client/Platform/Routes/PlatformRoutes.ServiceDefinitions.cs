using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's managed_services, workflow_services, external_services and API definitions.
public static partial class PlatformRoutes
{
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
}
