using KipuHub.Client.Core.Errors;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

public sealed class ErrorTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    public static TheoryData<int, Type> Statuses => new()
    {
        { 400, typeof(BadRequestException) },
        { 401, typeof(UnauthorizedException) },
        { 403, typeof(ForbiddenException) },
        { 404, typeof(NotFoundException) },
        { 409, typeof(ConflictException) },
        { 413, typeof(ContentTooLargeException) },
        { 415, typeof(UnsupportedMediaTypeException) },
        { 422, typeof(UnprocessableEntityException) },
        { 418, typeof(HubApiException) },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public async Task Each_documented_status_has_its_exception_type_with_status_headers_and_body(int status, Type expected)
    {
        server.Fallback = _ => new Reply(status, """{"message":"nope","code":"X1"}""", new Dictionary<string, string> { ["X-Request-Id"] = "r-1" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAnyAsync<HubApiException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Equal(expected, error.GetType());
        Assert.Equal(status, error.StatusCode);
        Assert.Equal("r-1", error.Headers["x-request-id"][0]);
        Assert.Contains("\"code\":\"X1\"", error.Body);
        Assert.Equal("nope", error.ServerMessage);
        Assert.Equal("GET", error.Method);
        Assert.EndsWith("/quantum/jobs/j1", error.Url);
        Assert.Contains($"GET {error.Url} returned {status}", error.Message);
    }

    [Fact]
    public async Task Internal_server_error_has_its_own_type_after_retries()
    {
        server.Fallback = _ => Reply.WithStatus(500);
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<InternalServerErrorException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Equal(500, error.StatusCode);
    }

    [Fact]
    public async Task Unauthorized_says_what_to_do()
    {
        server.Fallback = _ => Reply.WithStatus(401);
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<UnauthorizedException>(() => client.Backends.GetBackendsAsync());
        Assert.Contains("Connect-QHub", error.Message);
    }

    [Fact]
    public async Task A_body_echoing_the_token_is_redacted_in_message_and_body()
    {
        server.Fallback = _ => Reply.WithStatus(403, $$"""{"message":"token {{TestClients.Token}} is not allowed"}""");
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<ForbiddenException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.DoesNotContain(TestClients.Token, error.Message);
        Assert.DoesNotContain(TestClients.Token, error.Body);
        Assert.DoesNotContain(TestClients.Token, error.ToString());
    }

    [Fact]
    public async Task Malformed_json_is_a_transport_error_naming_the_route()
    {
        server.Fallback = _ => Reply.Ok("""{"id": "j1", "status": """);
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAsync<HubTransportException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Contains("jobs/{id}", error.Message);
    }

    [Fact]
    public async Task A_timeout_raises_HubTimeoutException_after_the_retries()
    {
        server.Fallback = _ => new Reply(200, "{}", Delay: TimeSpan.FromSeconds(30));
        var attempts = new List<string>();
        using var client = TestClients.Quantum(server.BaseUrl, o =>
        {
            o.Timeout = TimeSpan.FromMilliseconds(200);
            o.MaxRetries = 1;
            o.Logger = e => { lock (attempts) if (e.Message.Contains("-> timed out", StringComparison.Ordinal)) attempts.Add(e.Message); };
        });
        var error = await Assert.ThrowsAsync<HubTimeoutException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        // Counted by the client's own attempts: on a busy machine a request cut after 200 ms may never reach the server's handler.
        Assert.Equal(2, attempts.Count);
        Assert.EndsWith("(attempt 2 of 2)", attempts[1], StringComparison.Ordinal);
        Assert.Contains("did not answer within 0.2 s", error.Message);
    }

    [Fact]
    public async Task The_Hubs_own_sentence_keeps_its_one_period()
    {
        server.Fallback = _ => Reply.WithStatus(409, """{"message":"Version 1.0.0 is published already."}""");
        using var client = TestClients.Quantum(server.BaseUrl);
        var error = await Assert.ThrowsAnyAsync<HubApiException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Contains("409 Conflict: Version 1.0.0 is published already.", error.Message);
        Assert.DoesNotContain("..", error.Message);
    }

    [Fact]
    public async Task The_verbose_line_names_the_status_the_Hub_answered()
    {
        server.Fallback = _ => new Reply(201, """{"id":"s1","status":"OPEN"}""");
        var lines = new List<string>();
        using var client = TestClients.Quantum(server.BaseUrl, o => o.Logger = e => lines.Add(e.Message));
        await client.Sessions.GetSessionAsync("s1");
        Assert.Contains(lines, l => l.Contains("/quantum/sessions/s1 -> 201 in ", StringComparison.Ordinal));
    }
}
