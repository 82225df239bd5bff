using System.Net;
using System.Net.Http.Json;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Faults;

/// <summary>Faults set through /_emulator/faults, seen by the client over real HTTP.</summary>
public sealed class FaultInjectionTests : EmulatorFixture
{
    static CreateJobRequest AJob() => Circuits.Job(Circuits.Bell(), shots: 10);

    [Fact]
    public async Task A_503_with_retry_after_on_reads_is_retried_then_succeeds()
    {
        await AddFaultAsync(new { path = "/quantum/backends", kind = "status", status = 503, retry_after_seconds = 0, count = 2 });
        using var client = Quantum();
        Assert.NotEmpty(await client.Backends.GetBackendsAsync());
        Assert.Equal(3, (await RequestCountsAsync())["GET /quantum/backends"]);
    }

    [Fact]
    public async Task A_fault_is_bounded_by_its_count()
    {
        await AddFaultAsync(new { method = "GET", path = "/quantum/backends/*", kind = "status", status = 500, count = 1 });
        using var client = Quantum(configure: o => o.MaxRetries = 0);
        await Assert.ThrowsAsync<InternalServerErrorException>(() => client.Backends.GetBackendAsync("aws.sim.sv1"));
        Assert.Equal("aws.sim.sv1", (await client.Backends.GetBackendAsync("aws.sim.sv1")).Id);
        using var http = Http();
        Assert.Empty(await http.GetFromJsonAsync<List<object>>("_emulator/faults") ?? new());
    }

    [Fact]
    public async Task Reset_before_processing_on_create_creates_nothing_and_is_not_retried()
    {
        await AddFaultAsync(new { method = "POST", path = "/quantum/jobs", kind = "reset-before", count = 5 });
        using var client = Quantum(configure: o => o.CreateRecoveryWait = TimeSpan.FromMilliseconds(500));
        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.StartsWith("kqh-request:", error.RequestTag);
        Assert.Contains(error.RequestTag!, error.Message);
        Assert.True(Assert.IsType<HubTransportException>(error.InnerException).RequestMayHaveBeenProcessed);
        Assert.Empty(await AllJobsAsync());
    }

    [Fact]
    public async Task A_lost_response_to_a_create_finds_the_one_job_by_its_request_tag()
    {
        await AddFaultAsync(new { method = "POST", path = "/quantum/jobs", kind = "reset-after", count = 5 });
        var log = new List<HubLogEntry>();
        using var client = Quantum(configure: o => o.Logger = log.Add);
        var job = await client.Jobs.CreateJobAsync(AJob());
        Assert.Equal(job.Id, Assert.Single(await AllJobsAsync())["id"]!.GetValue<string>());
        Assert.Contains(job.Tags!, t => t.StartsWith("kqh-request:", StringComparison.Ordinal));
        Assert.Contains(log, l => l.Level == HubLogLevel.Verbose && l.Message.Contains("created once"));
    }

    [Fact]
    public async Task A_lost_response_to_a_create_without_a_request_tag_tells_the_user_to_check()
    {
        await AddFaultAsync(new { method = "POST", path = "/quantum/jobs", kind = "reset-after", count = 5 });
        using var client = Quantum(configure: o => o.TagCreateRequests = false);
        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.Null(error.RequestTag);
        Assert.Contains("Get-QHubJob", error.Message);
        var id = Assert.Single(await AllJobsAsync())["id"]!.GetValue<string>();
        Assert.Null((await client.Jobs.GetJobAsync(id)).Tags);
    }

    [Fact]
    public async Task A_session_whose_answer_was_lost_is_found_by_its_request_tag()
    {
        await AddFaultAsync(new { method = "POST", path = "/quantum/sessions", kind = "status-after", status = 504, count = 1 });
        using var client = Quantum(organization: "org-lost-session");
        var session = await client.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws, Tags = new() { "mine" } });
        Assert.Contains("mine", session.Tags!);
        var listed = new List<Session>();
        var pager = client.Workloads.ListSessions();
        while (pager.HasMore) listed.AddRange(await pager.NextPageAsync());
        Assert.Equal(session.Id, Assert.Single(listed).Id);
    }

    [Fact]
    public async Task A_429_on_create_is_retried_and_creates_exactly_one_job()
    {
        await AddFaultAsync(new { method = "POST", path = "/quantum/jobs", kind = "status", status = 429, retry_after_seconds = 0, count = 2 });
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(AJob());
        var all = await AllJobsAsync();
        Assert.Equal(job.Id, Assert.Single(all)["id"]!.GetValue<string>());
        Assert.Equal(3, (await RequestCountsAsync())["POST /quantum/jobs"]);
    }

    [Fact]
    public async Task A_slow_response_beyond_the_timeout_is_a_timeout()
    {
        await AddFaultAsync(new { path = "/quantum/backends", method = "GET", kind = "latency", latency_ms = 1500, count = 3 });
        using var client = Quantum(configure: o => o.Timeout = TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAsync<HubTimeoutException>(() => client.Backends.GetBackendsAsync());
    }

    [Fact]
    public async Task Malformed_json_and_wrong_content_type_are_transport_errors()
    {
        using var client = Quantum();
        await AddFaultAsync(new { path = "/quantum/backends/aws.sim.sv1", kind = "malformed-json", count = 1 });
        await Assert.ThrowsAsync<HubTransportException>(() => client.Backends.GetBackendAsync("aws.sim.sv1"));
        await AddFaultAsync(new { path = "/quantum/backends/aws.sim.sv1", kind = "content-type", count = 1 });
        await Assert.ThrowsAsync<HubTransportException>(() => client.Backends.GetBackendAsync("aws.sim.sv1"));
    }

    [Fact]
    public async Task A_truncated_body_on_a_read_is_retried()
    {
        await AddFaultAsync(new { path = "/quantum/backends", kind = "truncate", count = 1 });
        using var client = Quantum();
        Assert.NotEmpty(await client.Backends.GetBackendsAsync());
        Assert.Equal(2, (await RequestCountsAsync())["GET /quantum/backends"]);
    }

    [Fact]
    public async Task A_download_that_breaks_off_is_a_transport_error_and_leaves_no_file()
    {
        using var client = Quantum();
        var id = await FinishedJobAsync(client);
        await AddFaultAsync(new { path = $"/quantum/jobs/{id}/result-stream", kind = "truncate", count = 1 });
        var folder = Directory.CreateTempSubdirectory("kqh-trunc-").FullName;
        try
        {
            using var response = await client.Jobs.GetJobResultStreamAsync(id);
            var error = await Assert.ThrowsAsync<HubTransportException>(() => KipuHub.Client.Core.Files.AtomicFileDownload.SaveAsync(response.Content, Path.Combine(folder, "r.json"), false));
            Assert.Contains("broke off", error.Message);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_download_that_stalls_times_out_after_the_client_timeout_and_leaves_no_file()
    {
        // The job is made with the usual timeout, so that a busy machine cannot fail the create; only the download has 1 s.
        using var setup = Quantum();
        var id = await FinishedJobAsync(setup);
        using var client = Quantum(configure: o => o.Timeout = TimeSpan.FromSeconds(1));
        await AddFaultAsync(new { path = $"/quantum/jobs/{id}/result-stream", kind = "stall", latency_ms = 20000, count = 1 });
        var folder = Directory.CreateTempSubdirectory("kqh-stall-").FullName;
        try
        {
            using var response = await client.Jobs.GetJobResultStreamAsync(id);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var error = await Assert.ThrowsAsync<HubTimeoutException>(() => KipuHub.Client.Core.Files.AtomicFileDownload.SaveAsync(response.Content, Path.Combine(folder, "r.json"), false));
            Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(0.9), $"timed out after {clock.Elapsed}, before the 1 s timeout");
            Assert.Contains("stalled", error.Message);
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task A_stall_sends_half_the_answer_and_then_nothing_for_its_duration()
    {
        using var http = Http();
        await AddFaultAsync(new { path = "/quantum/backends/aws.sim.sv1", kind = "stall", latency_ms = 3000, count = 1 });
        using var response = await http.GetAsync("quantum/backends/aws.sim.sv1", HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var length = response.Content.Headers.ContentLength!.Value;
        var buffer = new byte[length];
        var first = await stream.ReadAsync(buffer);
        using var quiet = new CancellationTokenSource(TimeSpan.FromMilliseconds(700));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            var read = first;
            while (read < length) read += await stream.ReadAsync(buffer.AsMemory(read), quiet.Token);
        });
        Assert.InRange(first, 1, length / 2);
    }

    [Theory]
    [InlineData("""{"path":"/quantum/**","kind":"stall","count":1}""", "latency_ms")]
    [InlineData("""{"path":"/quantum/**","kind":"status","status":500,"count":0}""", "bounded")]
    [InlineData("""{"path":"/quantum/**","kind":"explode"}""", "kind must be one of")]
    [InlineData("""{"path":"/quantum/**","kind":"status","status":200}""", "between 400 and 599")]
    [InlineData("""{"path":"quantum","kind":"reset-before"}""", "starting with '/'")]
    public async Task Unbounded_or_invalid_rules_are_refused(string rule, string message)
    {
        using var http = Http();
        var response = await http.PostAsync("_emulator/faults", new StringContent(rule, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(message, error["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Control_endpoints_need_the_token()
    {
        using var http = Http(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("_emulator/faults")).StatusCode);
    }
}

public sealed class FaultFileTests : EmulatorFixture, IDisposable
{
    readonly string file = Path.GetTempFileName();

    protected override void Configure(KipuHub.Emulator.EmulatorOptions options)
    {
        File.WriteAllText(file, """[{"path":"/quantum/backends","kind":"status","status":502,"count":1}]""");
        options.FaultFile = file;
    }

    public void Dispose() => File.Delete(file);

    [Fact]
    public async Task Rules_load_from_a_file_at_start()
    {
        using var client = Quantum(configure: o => o.MaxRetries = 0);
        var error = await Assert.ThrowsAsync<HubApiException>(() => client.Backends.GetBackendsAsync());
        Assert.Equal(502, error.StatusCode);
    }
}
