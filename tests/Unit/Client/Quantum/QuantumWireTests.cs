using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Every Quantum operation puts the method, path and query of ../shared/api/quantum.yaml on the wire.</summary>
public sealed class QuantumWireTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    const string JobJson = """{"id":"j1","backend_id":"aws.sim.sv1","status":"PENDING"}""";
    const string SessionJson = """{"id":"s1","backend_id":"aws.sim.sv1","status":"OPEN","mode":"batch","provider":"AWS"}""";
    const string PageJson = """{"content":[],"page":0,"size":10,"total_elements":0,"total_pages":0}""";

    public static TheoryData<string, string, string, string> Operations => new()
    {
        // operation, method, path (under /quantum), reply
        { "get_backends", "GET", "/quantum/backends", "[]" },
        { "get_backend", "GET", "/quantum/backends/aws.sim.sv1", "{}" },
        { "get_backend_status", "GET", "/quantum/backends/aws.sim.sv1/status", """{"status":"ONLINE"}""" },
        { "get_backend_config", "GET", "/quantum/backends/aws.sim.sv1/config", """{"qubits":34}""" },
        { "get_backend_calibration", "GET", "/quantum/backends/aws.sim.sv1/calibration", "{}" },
        { "get_least_busy_backend", "GET", "/quantum/backends/least-busy", "{}" },
        { "search_jobs", "GET", "/quantum/jobs", PageJson },
        { "create_job", "POST", "/quantum/jobs", JobJson },
        { "get_job", "GET", "/quantum/jobs/j1", JobJson },
        { "get_job_status", "GET", "/quantum/jobs/j1/status", """{"status":"RUNNING"}""" },
        { "get_job_result", "GET", "/quantum/jobs/j1/result", """{"counts":{"00":1}}""" },
        { "get_job_result_stream", "GET", "/quantum/jobs/j1/result-stream", """{"counts":{"00":1}}""" },
        { "get_job_input", "GET", "/quantum/jobs/j1/input", """{"qubits":2}""" },
        { "get_job_calibration", "GET", "/quantum/jobs/j1/calibration", "{}" },
        { "cancel_job", "DELETE", "/quantum/jobs/j1", "" },
        { "create_session", "POST", "/quantum/sessions", SessionJson },
        { "get_session", "GET", "/quantum/sessions/s1", SessionJson },
        { "get_session_status", "GET", "/quantum/sessions/s1/status", """{"status":"ACTIVE"}""" },
        { "get_session_jobs", "GET", "/quantum/sessions/s1/jobs", "[" + JobJson + "]" },
        { "update_session_state", "PATCH", "/quantum/sessions/s1", SessionJson },
        { "close_session", "POST", "/quantum/sessions/s1/close", "" },
        { "cancel_session", "POST", "/quantum/sessions/s1/cancel", "" },
        { "get_workloads", "GET", "/quantum/workloads", PageJson },
        { "get_service_execution_workloads", "GET", "/quantum/service-executions/e1/workloads", PageJson },
        { "get_service_execution_session_status", "GET", "/quantum/service-executions/e1/sessions/s1/status", """{"status":"OPEN"}""" },
        { "get_service_execution_session_jobs", "GET", "/quantum/service-executions/e1/sessions/s1/jobs", "[]" },
        { "update_service_execution_session_state", "PATCH", "/quantum/service-executions/e1/sessions/s1", SessionJson },
        { "close_service_execution_session", "POST", "/quantum/service-executions/e1/sessions/s1/close", "" },
        { "get_service_execution_job", "GET", "/quantum/service-executions/e1/jobs/j1", JobJson },
        { "get_service_execution_job_status", "GET", "/quantum/service-executions/e1/jobs/j1/status", """{"status":"COMPLETED"}""" },
        { "get_service_execution_job_input", "GET", "/quantum/service-executions/e1/jobs/j1/input", "{}" },
        { "get_service_execution_job_result_stream", "GET", "/quantum/service-executions/e1/jobs/j1/result-stream", "{}" },
        { "get_service_execution_job_calibration", "GET", "/quantum/service-executions/e1/jobs/j1/calibration", "{}" },
        { "cancel_service_execution_job", "DELETE", "/quantum/service-executions/e1/jobs/j1", "" },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_sends_documented_method_path_and_auth_headers(string operation, string method, string path, string reply)
    {
        server.Enqueue(reply.Length == 0 ? Reply.WithStatus(204) : Reply.Ok(reply));
        using var client = TestClients.Quantum(server.BaseUrl, o =>
        {
            o.OrganizationId = "org-42";
            o.Headers["X-Trace"] = "abc";
        });

        await Call(client, operation);

        var request = Assert.Single(server.Requests);
        Assert.Equal(method, request.Method);
        Assert.Equal(path, request.Path);
        Assert.Equal(TestClients.Token, request.Header("X-Auth-Token"));
        Assert.Equal("org-42", request.Header("X-OrganizationId"));
        Assert.Equal("abc", request.Header("X-Trace"));
    }

    [Fact]
    public void Every_route_of_the_table_is_covered_by_the_operations_above()
    {
        var covered = Operations.Select(row => (string)row[0]).ToHashSet();
        var routes = QuantumRoutes.All.Where(r => r.OperationId != "docs").Select(r => r.OperationId).ToHashSet();
        Assert.Empty(routes.Except(covered));
    }

    internal static async Task Call(HubQuantumClient c, string operation)
    {
        switch (operation)
        {
            case "get_backends": await c.Backends.GetBackendsAsync(); break;
            case "get_backend": await c.Backends.GetBackendAsync("aws.sim.sv1"); break;
            case "get_backend_status": await c.Backends.GetBackendStatusAsync("aws.sim.sv1"); break;
            case "get_backend_config": await c.Backends.GetBackendConfigAsync("aws.sim.sv1"); break;
            case "get_backend_calibration": await c.Backends.GetBackendCalibrationAsync("aws.sim.sv1"); break;
            case "get_least_busy_backend": await c.Backends.GetLeastBusyBackendAsync("IBM"); break;
            case "search_jobs": await c.Jobs.SearchJobsAsync(); break;
            case "create_job": await c.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 10, Input = JobInput.FromJson("{}") }); break;
            case "get_job": await c.Jobs.GetJobAsync("j1"); break;
            case "get_job_status": await c.Jobs.GetJobStatusAsync("j1"); break;
            case "get_job_result": await c.Jobs.GetJobResultAsync("j1"); break;
            case "get_job_result_stream": (await c.Jobs.GetJobResultStreamAsync("j1")).Dispose(); break;
            case "get_job_input": await c.Jobs.GetJobInputAsync("j1"); break;
            case "get_job_calibration": await c.Jobs.GetJobCalibrationAsync("j1"); break;
            case "cancel_job": await c.Jobs.CancelJobAsync("j1"); break;
            case "create_session": await c.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws }); break;
            case "get_session": await c.Sessions.GetSessionAsync("s1"); break;
            case "get_session_status": await c.Sessions.GetSessionStatusAsync("s1"); break;
            case "get_session_jobs": await c.Sessions.GetSessionJobsAsync("s1"); break;
            case "update_session_state": await c.Sessions.UpdateSessionStateAsync("s1", acceptJobs: false); break;
            case "close_session": await c.Sessions.CloseSessionAsync("s1"); break;
            case "cancel_session": await c.Sessions.CancelSessionAsync("s1"); break;
            case "get_workloads": await c.Workloads.GetWorkloadsAsync(); break;
            case "get_service_execution_workloads": await c.Jobs.GetServiceExecutionWorkloadsAsync("e1"); break;
            case "get_service_execution_session_status": await c.Jobs.GetServiceExecutionSessionStatusAsync("e1", "s1"); break;
            case "get_service_execution_session_jobs": await c.Jobs.GetServiceExecutionSessionJobsAsync("e1", "s1"); break;
            case "update_service_execution_session_state": await c.Jobs.UpdateServiceExecutionSessionStateAsync("e1", "s1", true); break;
            case "close_service_execution_session": await c.Jobs.CloseServiceExecutionSessionAsync("e1", "s1"); break;
            case "get_service_execution_job": await c.Jobs.GetServiceExecutionJobAsync("e1", "j1"); break;
            case "get_service_execution_job_status": await c.Jobs.GetServiceExecutionJobStatusAsync("e1", "j1"); break;
            case "get_service_execution_job_input": await c.Jobs.GetServiceExecutionJobInputAsync("e1", "j1"); break;
            case "get_service_execution_job_result_stream": (await c.Jobs.GetServiceExecutionJobResultStreamAsync("e1", "j1")).Dispose(); break;
            case "get_service_execution_job_calibration": await c.Jobs.GetServiceExecutionJobCalibrationAsync("e1", "j1"); break;
            case "cancel_service_execution_job": await c.Jobs.CancelServiceExecutionJobAsync("e1", "j1"); break;
            default: throw new ArgumentException("unknown operation " + operation);
        }
    }
}
