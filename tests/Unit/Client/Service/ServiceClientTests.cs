using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Service;

/// <summary>HubServiceClient and its token provider against the emulator's gateway, over real HTTP.</summary>
public sealed class ServiceClientTests : EmulatorFixture
{
    Uri Gateway => new(Root, "gateway/demo/my-service/1.0.0");

    // Long enough that a cancel right after a start finds the execution running on a loaded 2-core CI machine (150 ms did not).
    protected override void Configure(EmulatorOptions options) => options.ExecutionRunningDuration = TimeSpan.FromSeconds(2);

    GatewayTokenProvider Tokens(string secret = EmulatorOptions.DevGatewaySecret, Func<DateTimeOffset>? clock = null) =>
        new(GatewayTokenProvider.TokenEndpointOf(Gateway), EmulatorOptions.DevGatewayKey, secret, clock: clock);

    HubServiceClient Client(GatewayTokenProvider tokens, List<HubLogEntry>? log = null) =>
        new(new HubClientOptions { BaseUrl = Gateway, BearerToken = tokens.GetTokenAsync, Logger = log is null ? null : log.Add, Timeout = TimeSpan.FromSeconds(10) });

    static async Task<ServiceExecution> WaitAsync(HubServiceClient client, string id)
    {
        for (var i = 0; i < 200; i++)
        {
            var execution = await client.ServiceApi.GetStatusAsync(id);
            if (ServiceExecutionStatus.From(execution.Status)?.IsTerminal == true) return execution;
            await Task.Delay(25);
        }
        throw new TimeoutException();
    }

    [Fact]
    public async Task An_execution_runs_with_its_log_result_and_files_and_shows_in_the_listing()
    {
        using var tokens = Tokens();
        var log = new List<HubLogEntry>();
        using var client = Client(tokens, log);

        var started = await client.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["numbers"] = new List<object?> { 1L, 2L } }, ["mode"] = "fast" });
        Assert.Equal(ServiceExecutionStatus.Pending, started.Status);
        var done = await WaitAsync(client, started.Id!);
        Assert.Equal(ServiceExecutionStatus.Succeeded, done.Status);
        Assert.NotNull(done.EndedAt);

        var result = await client.ServiceApi.GetResultAsync(started.Id!);
        Assert.Contains("output.json", result.Files.Keys);
        Assert.DoesNotContain("status", result.Files.Keys);
        using (var file = await client.ServiceApi.GetResultFileAsync(started.Id!, "output.json"))
        using (var reader = new StreamReader(file.Content))
            Assert.Contains("numbers", await reader.ReadToEndAsync());
        using (var large = await client.ServiceApi.GetResultFileAsync(started.Id!, "samples.bin"))
        {
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await large.Content.ReadAsync(buffer)) > 0) total += read;
            Assert.Equal(4L * 1024 * 1024, total);
        }
        Assert.NotEmpty(await client.ServiceApi.GetLogsAsync(started.Id!));
        Assert.Contains(await client.ServiceApi.GetServiceExecutionsAsync(), e => e.Id == started.Id);

        var token = await tokens.GetTokenAsync();
        Assert.Equal(1, tokens.TokensFetched);
        Assert.NotEmpty(log);
        Assert.All(log, line => Assert.DoesNotContain(token, line.Message));
        Assert.All(log, line => Assert.DoesNotContain(EmulatorOptions.DevGatewaySecret, line.Message));
    }

    [Fact]
    public async Task Cancel_answers_with_the_execution()
    {
        using var tokens = Tokens();
        using var client = Client(tokens);
        var started = await client.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?>() });
        var cancelled = await client.ServiceApi.CancelExecutionAsync(started.Id!);
        Assert.Equal(started.Id, cancelled!.Id);
        Assert.Equal(ServiceExecutionStatus.Cancelled, (await WaitAsync(client, started.Id!)).Status);
    }

    [Fact]
    public async Task Many_callers_at_once_share_one_token_and_one_refresh()
    {
        var now = DateTimeOffset.UtcNow;
        using var tokens = Tokens(clock: () => now);
        var first = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.GetTokenAsync()));
        Assert.Single(first.Distinct());
        Assert.Equal(1, tokens.TokensFetched);

        now += TimeSpan.FromMinutes(59);   // the emulator's tokens live an hour: within two minutes of its end
        var second = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => tokens.GetTokenAsync()));
        Assert.Single(second.Distinct());
        Assert.NotEqual(first[0], second[0]);
        Assert.Equal(2, tokens.TokensFetched);
    }

    [Fact]
    public async Task A_wrong_consumer_secret_is_Unauthorized_and_never_shown()
    {
        using var tokens = Tokens(secret: "wrong-secret-123456");
        using var client = Client(tokens);
        var error = await Assert.ThrowsAsync<UnauthorizedException>(() => client.ServiceApi.GetServiceExecutionsAsync());
        Assert.DoesNotContain("wrong-secret-123456", error.ToString());
    }

    [Theory]
    [InlineData("https://gateway.hub.kipu-quantum.com/<context>/<service>/<version>")]
    [InlineData("https://gateway.hub.kipu-quantum.com/")]
    public void The_template_or_a_bare_gateway_is_refused_before_any_request(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => new HubServiceClient(new Uri(url), "token-0123456789"));
        Assert.Contains("concrete gateway URL", error.Message);
    }

    [Fact]
    public void The_token_endpoint_is_derived_from_the_gateway_host()
    {
        Assert.Equal("https://gateway.hub.kipu-quantum.com/token", GatewayTokenProvider.TokenEndpointOf(new Uri("https://gateway.hub.kipu-quantum.com/acme/vqe/1.0.0")).AbsoluteUri);
        Assert.Equal(new Uri(Root, "gateway/token"), GatewayTokenProvider.TokenEndpointOf(Gateway));
    }

    [Fact]
    public async Task Every_operation_puts_its_method_path_and_bearer_token_on_the_wire()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = request => request.Path.EndsWith("/log") ? Reply.Ok("""["plain line"]""") : request.Path.EndsWith("/result/out.txt") ? new Reply(200, Bytes: "x"u8.ToArray()) : Reply.Ok("""{"id":"e1","status":"RUNNING","type":"WORKFLOW"}""");
        using var client = new HubServiceClient(new Uri(server.BaseUrl, "ctx/svc/1.0.0"), "bearer-token-0123456789");
        server.Enqueue(Reply.Ok("[]"));
        await client.ServiceApi.GetServiceExecutionsAsync();
        await client.ServiceApi.StartExecutionAsync(new Dictionary<string, object?> { ["input"] = new Dictionary<string, object?> { ["a"] = 1L }, ["inputDataRefs"] = new List<object?>() });
        await client.ServiceApi.GetStatusAsync("e 1");
        await client.ServiceApi.GetResultAsync("e1");
        using (await client.ServiceApi.GetResultFileAsync("e1", "out.txt")) { }
        var log = await client.ServiceApi.GetLogsAsync("e1");
        await client.ServiceApi.CancelExecutionAsync("e1");

        Assert.Equal(
            new[] { "GET /ctx/svc/1.0.0", "POST /ctx/svc/1.0.0", "GET /ctx/svc/1.0.0/e%201", "GET /ctx/svc/1.0.0/e1/result", "GET /ctx/svc/1.0.0/e1/result/out.txt", "GET /ctx/svc/1.0.0/e1/log", "PUT /ctx/svc/1.0.0/e1/cancel" },
            server.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.All(server.Requests, r => Assert.Equal("Bearer bearer-token-0123456789", r.Header("Authorization")));
        Assert.All(server.Requests, r => Assert.Null(r.Header("X-Auth-Token")));
        Assert.Equal("""{"input":{"a":1},"inputDataRefs":[]}""", server.Requests[1].Body);
        Assert.Equal("plain line", Assert.Single(log).Message);
    }

    [Fact]
    public async Task The_token_request_is_logged_like_every_call_without_the_secret_or_the_token()
    {
        var lines = new List<HubLogEntry>();
        using var tokens = new GatewayTokenProvider(GatewayTokenProvider.TokenEndpointOf(Gateway), EmulatorOptions.DevGatewayKey,
            EmulatorOptions.DevGatewaySecret, new HubClientOptions { Logger = lines.Add });

        var token = await tokens.GetTokenAsync();

        Assert.Contains(lines, l => l.Level == HubLogLevel.Verbose && l.Message.StartsWith("POST ", StringComparison.Ordinal)
            && l.Message.Contains("/gateway/token -> 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Level == HubLogLevel.Debug && l.Message.Contains("(withheld: it holds a secret)", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.DoesNotContain(token, l.Message));
        Assert.All(lines, l => Assert.DoesNotContain(EmulatorOptions.DevGatewaySecret, l.Message));
    }

    [Fact]
    public async Task A_refused_consumer_secret_points_at_the_applications_credentials_not_the_personal_token()
    {
        using var tokens = new GatewayTokenProvider(GatewayTokenProvider.TokenEndpointOf(Gateway), EmulatorOptions.DevGatewayKey, "not-the-secret");
        var refused = await Assert.ThrowsAsync<UnauthorizedException>(() => tokens.GetTokenAsync());
        Assert.Contains("consumer key and secret", refused.Message);
        Assert.DoesNotContain("KQH_PERSONAL_ACCESS_TOKEN", refused.Message);
    }
}
