using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>Transient failures are retried; a create never is once it may have reached the Hub.</summary>
public sealed class RetryTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    static CreateJobRequest AJob() => new() { BackendId = "aws.sim.sv1", Shots = 1, Input = JobInput.FromJson("{}") };

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(429)]
    public async Task A_read_is_retried_after_a_transient_status_and_then_succeeds(int status)
    {
        server.Enqueue(Reply.WithStatus(status), Reply.WithStatus(status), Reply.Ok("""{"id":"j1"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var job = await client.Jobs.GetJobAsync("j1");
        Assert.Equal("j1", job.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Retries_stop_at_max_retries_and_raise_the_typed_error()
    {
        server.Fallback = _ => Reply.WithStatus(500, """{"message":"boom"}""");
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxRetries = 3);
        var error = await Assert.ThrowsAsync<InternalServerErrorException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Equal(4, server.Requests.Count);
        Assert.Contains("after 4 attempts", error.Message);
        Assert.Contains("boom", error.Message);
    }

    [Fact]
    public async Task Zero_max_retries_sends_once()
    {
        server.Fallback = _ => Reply.WithStatus(503);
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxRetries = 0);
        await Assert.ThrowsAsync<HubApiException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(404)]
    [InlineData(422)]
    public async Task Client_errors_are_not_retried(int status)
    {
        server.Fallback = _ => Reply.WithStatus(status);
        using var client = TestClients.Quantum(server.BaseUrl);
        await Assert.ThrowsAnyAsync<HubApiException>(() => client.Jobs.GetJobAsync("j1"));
        // A 404 also has the API's document read once (to tell a missing job from a moved route): the job's request is not repeated.
        Assert.Single(server.Requests, r => r.Path == "/quantum/jobs/j1");
    }

    [Fact]
    public async Task Retry_after_is_honoured()
    {
        server.Enqueue(new Reply(429, Headers: new Dictionary<string, string> { ["Retry-After"] = "1" }), Reply.Ok("""{"id":"j1"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await client.Jobs.GetJobAsync("j1");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.Elapsed}, before the Retry-After second");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(504)]
    public async Task A_create_is_not_retried_after_a_server_error(int status)
    {
        server.Fallback = _ => Reply.WithStatus(status);
        using var client = TestClients.Quantum(server.BaseUrl, o => o.TagCreateRequests = false);
        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.Equal(status, Assert.IsAssignableFrom<HubApiException>(error.InnerException).StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_create_is_not_retried_after_the_connection_is_reset_and_says_to_check_first()
    {
        server.Fallback = _ => Reply.ResetConnection();
        using var client = TestClients.Quantum(server.BaseUrl, o => o.TagCreateRequests = false);
        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.True(Assert.IsType<HubTransportException>(error.InnerException).RequestMayHaveBeenProcessed);
        Assert.Contains("Get-QHubJob", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_create_is_not_retried_after_a_timeout()
    {
        server.Fallback = _ => new Reply(200, """{"id":"late"}""", Delay: TimeSpan.FromSeconds(2));
        using var client = TestClients.Quantum(server.BaseUrl, o => { o.Timeout = TimeSpan.FromMilliseconds(300); o.TagCreateRequests = false; });
        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.True(Assert.IsType<HubTimeoutException>(error.InnerException).RequestMayHaveBeenProcessed);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_create_is_retried_after_429_and_after_503_with_retry_after()
    {
        var retryAfter = new Dictionary<string, string> { ["Retry-After"] = "0" };
        server.Enqueue(new Reply(429), new Reply(503, Headers: retryAfter), Reply.Ok("""{"id":"j1"}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var job = await client.Jobs.CreateJobAsync(AJob());
        Assert.Equal("j1", job.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task A_create_is_not_retried_after_503_without_retry_after()
    {
        server.Fallback = _ => Reply.WithStatus(503);
        using var client = TestClients.Quantum(server.BaseUrl, o => o.TagCreateRequests = false);
        await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_create_refused_for_certain_is_no_unknown_outcome_and_is_not_looked_for()
    {
        server.Fallback = _ => new Reply(503, Headers: new Dictionary<string, string> { ["Retry-After"] = "0" });
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxRetries = 0);
        var error = await Assert.ThrowsAsync<HubApiException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.Equal(503, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_create_is_retried_when_the_connection_was_refused_before_sending()
    {
        var lines = new List<HubLogEntry>();
        using var client = TestClients.Quantum(new Uri($"http://127.0.0.1:{TestClients.FreePort()}/"), o => o.Logger = lines.Add);
        var error = await Assert.ThrowsAsync<HubTransportException>(() => client.Jobs.CreateJobAsync(AJob()));
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(3, lines.Count(l => l.Level == HubLogLevel.Verbose && l.Message.Contains("connection failed")));
        Assert.Contains("POST", error.Message);
        Assert.Contains("/quantum/jobs", error.Message);
    }

    [Fact]
    public async Task A_read_is_retried_after_a_reset_and_a_timeout()
    {
        server.Enqueue(Reply.ResetConnection(), new Reply(200, "{}", Delay: TimeSpan.FromSeconds(4)), Reply.Ok("""{"id":"j1"}"""));
        using var client = TestClients.Quantum(server.BaseUrl, o => o.Timeout = TimeSpan.FromSeconds(1));
        var job = await client.Jobs.GetJobAsync("j1");
        Assert.Equal("j1", job.Id);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_stops_at_once_with_OperationCanceledException()
    {
        server.Fallback = _ => new Reply(200, "{}", Delay: Promptly.Never);
        using var client = TestClients.Quantum(server.BaseUrl);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var call = client.Jobs.GetJobAsync("j1", cancel.Token);
        await Promptly.Ends(call);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }
}
