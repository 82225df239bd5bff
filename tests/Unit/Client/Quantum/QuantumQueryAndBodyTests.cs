using System.Text.Json;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Query names and JSON bodies exactly as the Hub reads them.</summary>
public sealed class QuantumQueryAndBodyTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Get_backends_sends_provider_and_onlyPlanqkSdk()
    {
        server.Enqueue(Reply.Ok("[]"));
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Backends.GetBackendsAsync("IBM", onlyPlanqkSdk: true);
        Assert.Equal(new[] { "IBM" }, server.Last.QueryValues("provider"));
        Assert.Equal(new[] { "true" }, server.Last.QueryValues("onlyPlanqkSdk"));
    }

    [Fact]
    public async Task Get_backends_without_filters_sends_no_query()
    {
        server.Enqueue(Reply.Ok("[]"));
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Backends.GetBackendsAsync();
        Assert.Equal("", server.Last.Query);
    }

    [Fact]
    public async Task Calibration_sends_effectiveAt_in_utc_and_204_means_none()
    {
        server.Enqueue(Reply.WithStatus(204));
        using var client = TestClients.Quantum(server.BaseUrl);
        var calibration = await client.Backends.GetBackendCalibrationAsync("ibm.kyiv", new DateTimeOffset(2026, 4, 17, 14, 34, 56, TimeSpan.FromHours(2)));
        Assert.Null(calibration);
        Assert.Equal(new[] { "2026-04-17T12:34:56Z" }, server.Last.QueryValues("effectiveAt"));
    }

    [Fact]
    public async Task Least_busy_sends_provider_and_min_qubits()
    {
        server.Enqueue(Reply.Ok("""{"id":"ibm.kyiv"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var backend = await client.Backends.GetLeastBusyBackendAsync("IBM", minQubits: 5);
        Assert.Equal("ibm.kyiv", backend.Id);
        Assert.Equal(new[] { "IBM" }, server.Last.QueryValues("provider"));
        Assert.Equal(new[] { "5" }, server.Last.QueryValues("min_qubits"));
    }

    [Fact]
    public async Task Search_jobs_sends_zero_based_paging_repeated_sort_and_service_execution_header()
    {
        server.Enqueue(Reply.Ok("""{"content":[],"page":2,"size":20,"total_elements":0,"total_pages":0}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Jobs.SearchJobsAsync(page: 2, size: 20, sort: new[] { "created_at,desc", "name,asc" }, serviceExecutionId: "exec-1");
        Assert.Equal(new[] { "2" }, server.Last.QueryValues("page"));
        Assert.Equal(new[] { "20" }, server.Last.QueryValues("size"));
        Assert.Equal(new[] { "created_at,desc", "name,asc" }, server.Last.QueryValues("sort"));
        Assert.Equal("exec-1", server.Last.Header("X-Service-Execution-Id"));
    }

    [Theory]
    [InlineData("created_at,up")]
    [InlineData(",asc")]
    [InlineData("a,b,c")]
    public async Task Search_jobs_rejects_a_malformed_sort_before_sending(string sort)
    {
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Jobs.SearchJobsAsync(sort: new[] { sort }));
        Assert.Contains("created_at,desc", error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Create_job_sends_snake_case_body_with_the_input_tagged_by_backend()
    {
        server.Enqueue(Reply.Ok("""{"id":"j1","status":"PENDING"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var input = new AzureIonqJobInput
        {
            Qubits = 2,
            Circuit =
            {
                new IonqGate { Type = "h", Targets = { 0 } },
                new IonqGate { Type = "cnot", Targets = { 1 }, Controls = new List<int> { 0 } },
            },
        };
        await client.Jobs.CreateJobAsync(new CreateJobRequest
        {
            BackendId = "azure.ionq.simulator",
            Shots = 100,
            Input = input,
            Name = "bell",
            Tags = new() { "demo" },
            SessionId = "s1",
            SdkProvider = JobSdkProvider.Client,
        });

        var body = JsonDocument.Parse(server.Last.Body).RootElement;
        Assert.Equal("application/json", server.Last.Header("Content-Type")?.Split(';')[0]);
        Assert.Equal("azure.ionq.simulator", body.GetProperty("backend_id").GetString());
        Assert.Equal(100, body.GetProperty("shots").GetInt32());
        Assert.Equal("bell", body.GetProperty("name").GetString());
        Assert.Equal("s1", body.GetProperty("session_id").GetString());
        Assert.Equal("CLIENT", body.GetProperty("sdk_provider").GetString());
        Assert.Equal("IONQ_CIRCUIT_V1", body.GetProperty("input_format").GetString());
        Assert.Equal("demo", body.GetProperty("tags")[0].GetString());
        var wireInput = body.GetProperty("input");
        Assert.Equal("azure.ionq.simulator", wireInput.GetProperty("backendId").GetString());
        Assert.Equal("qis", wireInput.GetProperty("gateset").GetString());
        Assert.Equal(2, wireInput.GetProperty("qubits").GetInt32());
        Assert.Equal("cnot", wireInput.GetProperty("circuit")[1].GetProperty("type").GetString());
        Assert.Equal(0, wireInput.GetProperty("circuit")[1].GetProperty("controls")[0].GetInt32());
        Assert.False(body.TryGetProperty("input_params", out _), "absent optional fields are not sent as null");
        Assert.False(body.TryGetProperty("backendId", out _), "the body itself is snake_case only");
    }

    [Fact]
    public async Task Create_job_sends_qasm3_as_value_and_raw_json_unchanged()
    {
        server.Enqueue(Reply.Ok("""{"id":"j1"}"""), Reply.Ok("""{"id":"j2"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 1, Input = new AwsQasm3JobInput("OPENQASM 3; qubit q; h q;") });
        var qasm = JsonDocument.Parse(server.Requests[0].Body).RootElement;
        Assert.Equal("OPENQASM 3; qubit q; h q;", qasm.GetProperty("input").GetProperty("value").GetString());
        Assert.Equal("BRAKET_OPEN_QASM_V3", qasm.GetProperty("input_format").GetString());

        await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "x.y", Shots = 1, Input = JobInput.FromJson("""{"anything":[1,2.5,"three",null,true]}"""), InputParams = new Dictionary<string, object?> { ["disable_qubit_rewiring"] = true } });
        var raw = JsonDocument.Parse(server.Requests[1].Body).RootElement;
        Assert.Equal("""{"anything":[1,2.5,"three",null,true]}""", raw.GetProperty("input").GetRawText());
        Assert.True(raw.GetProperty("input_params").GetProperty("disable_qubit_rewiring").GetBoolean());
    }

    [Theory]
    [InlineData("", 1, "backend id")]
    [InlineData("aws.sim.sv1", 0, "Shots")]
    public async Task Create_job_rejects_bad_arguments_before_sending(string backend, int shots, string mentioned)
    {
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = backend, Shots = shots, Input = JobInput.FromJson("{}") }));
        Assert.Contains(mentioned, error.Message);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Create_session_sends_snake_case_body_with_lower_case_mode()
    {
        server.Enqueue(Reply.WithStatus(201, """{"id":"s1","status":"OPEN","mode":"dedicated"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var session = await client.Sessions.CreateSessionAsync(new CreateSessionRequest
        {
            BackendId = "aws.sim.sv1",
            Provider = Provider.Aws,
            Mode = SessionMode.Dedicated,
            Ttl = 900,
            Tags = new() { "demo" },
            Metadata = new Dictionary<string, object?> { ["team"] = "ops" },
            SdkProvider = JobSdkProvider.Braket,
        });
        Assert.Equal(SessionStatus.Open, session.Status);
        var body = JsonDocument.Parse(server.Last.Body).RootElement;
        Assert.Equal("aws.sim.sv1", body.GetProperty("backend_id").GetString());
        Assert.Equal("AWS", body.GetProperty("provider").GetString());
        Assert.Equal("dedicated", body.GetProperty("mode").GetString());
        Assert.Equal(900, body.GetProperty("ttl").GetInt32());
        Assert.Equal("ops", body.GetProperty("metadata").GetProperty("team").GetString());
        Assert.Equal("BRAKET", body.GetProperty("sdk_provider").GetString());
    }

    [Fact]
    public async Task Update_session_state_sends_accept_jobs()
    {
        server.Enqueue(Reply.Ok("""{"id":"s1","status":"DRAINING"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var session = await client.Sessions.UpdateSessionStateAsync("s1", acceptJobs: false);
        Assert.Equal("""{"accept_jobs":false}""", server.Last.Body);
        Assert.Equal(SessionStatus.Draining, session!.Status);
    }

    [Fact]
    public async Task Result_stream_is_handed_back_unread()
    {
        var payload = new byte[3_000_000];
        new Random(7).NextBytes(payload);
        server.Enqueue(new Reply(Bytes: payload));
        using var client = TestClients.Quantum(server.BaseUrl);
        using var response = await client.Jobs.GetJobResultStreamAsync("j1");
        Assert.Equal(payload.Length, response.Length);
        using var copy = new MemoryStream();
        await response.Content.CopyToAsync(copy);
        Assert.Equal(payload, copy.ToArray());
    }
}
