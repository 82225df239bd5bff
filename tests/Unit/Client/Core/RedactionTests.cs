using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>The token appears in no log line, message or ToString, whatever the logging level or outcome.</summary>
public sealed class RedactionTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Debug_log_shows_headers_and_bodies_with_secrets_masked()
    {
        var lines = new List<HubLogEntry>();
        server.Enqueue(Reply.Ok($$"""{"id":"j1","name":"{{TestClients.Token}}"}"""));
        using var client = TestClients.Quantum(server.BaseUrl, o =>
        {
            o.Logger = lines.Add;
            o.Headers["Authorization"] = "Bearer " + TestClients.Token;
        });
        await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "b", Shots = 1, Input = JobInput.FromJson("{}"), Name = TestClients.Token });

        Assert.Equal(TestClients.Token, server.Last.Header("X-Auth-Token"));
        var all = string.Join("\n", lines.Select(l => l.ToString()));
        Assert.DoesNotContain(TestClients.Token, all);
        Assert.Contains("X-Auth-Token: ***", all);
        Assert.Contains("Authorization: ***", all);
        Assert.Contains(lines, l => l.Level == HubLogLevel.Verbose && l.Message.StartsWith("POST http://127.0.0.1") && l.Message.Contains("-> 200 in"));
        Assert.Contains(lines, l => l.Level == HubLogLevel.Debug && l.Message.Contains("\"backend_id\":\"b\""));
    }

    [Fact]
    public async Task Failures_log_every_attempt_without_the_token()
    {
        var lines = new List<HubLogEntry>();
        server.Fallback = _ => Reply.WithStatus(500, $$"""{"message":"{{TestClients.Token}}"}""");
        using var client = TestClients.Quantum(server.BaseUrl, o => o.Logger = lines.Add);
        var error = await Assert.ThrowsAsync<InternalServerErrorException>(() => client.Jobs.GetJobAsync("j1"));
        Assert.Equal(3, lines.Count(l => l.Level == HubLogLevel.Verbose && l.Message.Contains("-> 500")));
        Assert.Equal(2, lines.Count(l => l.Message.Contains("retrying in")));
        Assert.DoesNotContain(TestClients.Token, string.Join("\n", lines) + error);
    }

    public static TheoryData<string, string, string, string> Operations => KipuHub.Tests.Unit.Client.Quantum.QuantumWireTests.Operations;

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task No_operation_logs_the_token_at_the_most_verbose_level_even_when_the_hub_echoes_it(string operation, string method, string path, string reply)
    {
        var lines = new List<HubLogEntry>();
        server.Fallback = _ => Reply.WithStatus(500, $$"""{"message":"bad token {{TestClients.Token}}"}""");
        server.Enqueue(new Reply(200, reply.Length == 0 ? null : reply, new Dictionary<string, string> { ["X-Echo"] = TestClients.Token }));
        using var client = TestClients.Quantum(server.BaseUrl, o => o.Logger = lines.Add);
        Exception? error = null;
        try
        {
            await KipuHub.Tests.Unit.Client.Quantum.QuantumWireTests.Call(client, operation);
        }
        catch (Exception e)
        {
            error = e;
        }
        Assert.Equal(method, server.Last.Method);
        Assert.EndsWith(path, server.Last.Path);
        Assert.Contains(lines, l => l.Level == HubLogLevel.Debug);
        Assert.DoesNotContain(TestClients.Token, string.Join("\n", lines) + error);
    }

    [Fact]
    public void Options_and_credentials_do_not_print_the_token()
    {
        var credential = new KipuHub.Client.Credentials.HubCredential(TestClients.Token, "parameter");
        Assert.DoesNotContain(TestClients.Token, credential.ToString());
        Assert.Equal("plain *** text ***", Redaction.Text($"plain {TestClients.Token} text {TestClients.Token}", TestClients.Token));
    }
}
