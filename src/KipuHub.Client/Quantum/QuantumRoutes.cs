using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Every route of the Quantum API, relative to its base URL. "Seen" routes were read in a public Hub SDK
/// (planqk-quantum-client 1.1.1, planqk-quantum 2.28.0; see ../shared/api/quantum.yaml); "Inferred"
/// routes follow the Hub's conventions and the decisions in ../shared/api/README.md. A correction is one line.
/// </summary>
public static class QuantumRoutes
{
    const string Get = "GET", Post = "POST", Patch = "PATCH", Delete = "DELETE";

    public static readonly Route GetBackends = Seen("get_backends", Get, "backends");
    public static readonly Route GetBackend = Seen("get_backend", Get, "backends/{id}");
    public static readonly Route GetBackendStatus = Seen("get_backend_status", Get, "backends/{id}/status");
    public static readonly Route GetBackendConfig = Seen("get_backend_config", Get, "backends/{id}/config");
    public static readonly Route GetBackendCalibration = Seen("get_backend_calibration", Get, "backends/{id}/calibration");
    public static readonly Route GetLeastBusyBackend = Inferred("get_least_busy_backend", Get, "backends/least-busy");

    public static readonly Route SearchJobs = Seen("search_jobs", Get, "jobs");
    public static readonly Route CreateJob = Seen("create_job", Post, "jobs", RouteKind.Create);
    public static readonly Route GetJob = Seen("get_job", Get, "jobs/{id}");
    public static readonly Route CancelJob = Seen("cancel_job", Delete, "jobs/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetJobStatus = Seen("get_job_status", Get, "jobs/{id}/status");
    public static readonly Route GetJobResult = Seen("get_job_result", Get, "jobs/{id}/result");
    public static readonly Route GetJobResultStream = Seen("get_job_result_stream", Get, "jobs/{id}/result-stream");
    public static readonly Route GetJobInput = Seen("get_job_input", Get, "jobs/{id}/input");
    public static readonly Route GetJobCalibration = Seen("get_job_calibration", Get, "jobs/{id}/calibration");

    public static readonly Route CreateSession = Seen("create_session", Post, "sessions", RouteKind.Create);
    public static readonly Route GetSession = Seen("get_session", Get, "sessions/{id}");
    public static readonly Route UpdateSessionState = Seen("update_session_state", Patch, "sessions/{id}", RouteKind.IdempotentWrite);
    public static readonly Route CancelSession = Seen("cancel_session", Post, "sessions/{id}/cancel", RouteKind.IdempotentWrite);
    public static readonly Route GetSessionStatus = Inferred("get_session_status", Get, "sessions/{id}/status");
    public static readonly Route GetSessionJobs = Inferred("get_session_jobs", Get, "sessions/{id}/jobs");
    public static readonly Route CloseSession = Inferred("close_session", Post, "sessions/{id}/close", RouteKind.IdempotentWrite);

    public static readonly Route GetWorkloads = Inferred("get_workloads", Get, "workloads");

    const string Execution = "service-executions/{serviceExecutionId}";
    public static readonly Route GetServiceExecutionWorkloads = Inferred("get_service_execution_workloads", Get, Execution + "/workloads");
    public static readonly Route GetServiceExecutionSessionStatus = Inferred("get_service_execution_session_status", Get,
        Execution + "/sessions/{id}/status");
    public static readonly Route GetServiceExecutionSessionJobs = Inferred("get_service_execution_session_jobs", Get,
        Execution + "/sessions/{id}/jobs");
    public static readonly Route UpdateServiceExecutionSessionState = Inferred("update_service_execution_session_state", Patch,
        Execution + "/sessions/{id}", RouteKind.IdempotentWrite);
    public static readonly Route CloseServiceExecutionSession = Inferred("close_service_execution_session", Post,
        Execution + "/sessions/{id}/close", RouteKind.IdempotentWrite);
    public static readonly Route GetServiceExecutionJob = Inferred("get_service_execution_job", Get, Execution + "/jobs/{id}");
    public static readonly Route GetServiceExecutionJobStatus = Inferred("get_service_execution_job_status", Get,
        Execution + "/jobs/{id}/status");
    public static readonly Route GetServiceExecutionJobInput = Inferred("get_service_execution_job_input", Get,
        Execution + "/jobs/{id}/input");
    public static readonly Route GetServiceExecutionJobResultStream = Inferred("get_service_execution_job_result_stream", Get,
        Execution + "/jobs/{id}/result-stream");
    public static readonly Route GetServiceExecutionJobCalibration = Inferred("get_service_execution_job_calibration", Get,
        Execution + "/jobs/{id}/calibration");
    public static readonly Route CancelServiceExecutionJob = Inferred("cancel_service_execution_job", Delete, Execution + "/jobs/{id}",
        RouteKind.IdempotentWrite);


    /// <summary>Header by which search_jobs is scoped to a managed-service execution (planqk-quantum-client 1.1.1).</summary>
    public const string ServiceExecutionHeader = "X-Service-Execution-Id";

    // Read on first use, when every field of the table is set, in whichever of its files.
    static IReadOnlyList<Route>? all;

    /// <summary>Every route of the table, in the order declared.</summary>
    public static IReadOnlyList<Route> All => all ??= RouteTable.Of(typeof(QuantumRoutes));
}
