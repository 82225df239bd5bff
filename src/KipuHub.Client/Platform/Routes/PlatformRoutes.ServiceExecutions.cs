using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's service_executions of the catalog.
public static partial class PlatformRoutes
{
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
}
