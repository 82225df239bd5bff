using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's service_jobs.
public static partial class PlatformRoutes
{
    // Service jobs: the current /service-jobs prefix (seen in the MCP server) with the 2024 /jobs API's methods and paths below it.
    public static readonly Route GetServiceJobs = Inferred("get_service_jobs", "GET", "service-jobs");
    public static readonly Route GetServiceJob = Inferred("get_service_job", "GET", "service-jobs/{id}");
    public static readonly Route CreateServiceJob = Inferred("create_service_job", "POST", "service-jobs", RouteKind.Create);
    public static readonly Route CancelServiceJob = Inferred("cancel_service_job", "PUT", "service-jobs/{id}/cancel",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteServiceJob = Inferred("delete_service_job", "DELETE", "service-jobs/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetServiceJobLogs = Inferred("get_service_job_logs", "GET", "service-jobs/{id}/logs");
}
