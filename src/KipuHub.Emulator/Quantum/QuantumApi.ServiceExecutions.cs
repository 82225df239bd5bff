using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

// Jobs and sessions a managed-service execution created (POST /jobs or /sessions with X-Service-Execution-Id).
public sealed partial class QuantumApi
{
    void MapServiceExecutions(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        const string Prefix = "/service-executions/{serviceExecutionId}";
        registry.Map(group, Api, "GET", Prefix + "/workloads", "getServiceExecutionWorkloads", "Workloads of an execution",
            (HttpContext c, string serviceExecutionId) =>
            Workloads(c, serviceExecutionId), query: PageRequest.QueryNames);
        registry.Map(group, Api, "GET", Prefix + "/sessions/{id}/status", "getServiceExecutionSessionStatus",
            "Status of an execution's session", (HttpContext c, string serviceExecutionId, string id) =>
            WithSession(c, id, serviceExecutionId, s => Json(new StatusWire(sessions.Status(s)))));
        registry.Map(group, Api, "GET", Prefix + "/sessions/{id}/jobs", "getServiceExecutionSessionJobs", "Jobs of an execution's session",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithSession(c, id, serviceExecutionId, SessionJobs));
        registry.Map(group, Api, "PATCH", Prefix + "/sessions/{id}", "updateServiceExecutionSessionState",
            "Drain or resume an execution's session", async (HttpContext c, string serviceExecutionId, string id) =>
            await WithSessionAsync(c, id, serviceExecutionId, s => UpdateStateAsync(c, s)));
        registry.Map(group, Api, "POST", Prefix + "/sessions/{id}/close", "closeServiceExecutionSession", "Close an execution's session",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithSession(c, id, serviceExecutionId, Close));
        registry.Map(group, Api, "GET", Prefix + "/jobs/{id}", "getServiceExecutionJob", "One job of an execution",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, job => Json(JobWire.Of(job, Now))));
        registry.Map(group, Api, "GET", Prefix + "/jobs/{id}/status", "getServiceExecutionJobStatus", "Status of an execution's job",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, job => Json(new StatusWire(job.Status(Now)))));
        registry.Map(group, Api, "GET", Prefix + "/jobs/{id}/input", "getServiceExecutionJobInput", "Input of an execution's job",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, job => Results.Text(job.InputJson, "application/json")));
        registry.Map(group, Api, "GET", Prefix + "/jobs/{id}/result-stream", "getServiceExecutionJobResultStream",
            "Result file of an execution's job", (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, job => Result(c, job, stream: true)));
        registry.Map(group, Api, "GET", Prefix + "/jobs/{id}/calibration", "getServiceExecutionJobCalibration",
            "Calibration of an execution's job", (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, JobCalibration));
        registry.Map(group, Api, "DELETE", Prefix + "/jobs/{id}", "cancelServiceExecutionJob", "Cancel an execution's job",
            (HttpContext c, string serviceExecutionId, string id) =>
            WithJob(c, id, serviceExecutionId, job => Cancel(c, job)));
    }
}
