using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Service;

/// <summary>
/// Routes of the service gateway (../shared/api/service.yaml), relative to the concrete gateway URL of one service
/// version; all seen in planqk-service-sdk 2.7.0. The token endpoint is on the gateway's host.
/// </summary>
public static class ServiceRoutes
{
    public static readonly Route GetServiceExecutions = Seen("get_service_executions", "GET", "");
    public static readonly Route StartExecution = Seen("start_execution", "POST", "", RouteKind.Create);
    public static readonly Route GetStatus = Seen("get_status", "GET", "{id}");
    public static readonly Route GetResult = Seen("get_result", "GET", "{id}/result");
    public static readonly Route GetResultFile = Seen("get_result_file", "GET", "{id}/result/{file}");
    public static readonly Route GetLogs = Seen("get_logs", "GET", "{id}/log");
    public static readonly Route CancelExecution = Seen("cancel_execution", "PUT", "{id}/cancel", RouteKind.IdempotentWrite);


    // Read on first use, when every field of the table is set, in whichever of its files.
    static IReadOnlyList<Route>? all;

    /// <summary>Every route of the table, in the order declared.</summary>
    public static IReadOnlyList<Route> All => all ??= RouteTable.Of(typeof(ServiceRoutes));
}
