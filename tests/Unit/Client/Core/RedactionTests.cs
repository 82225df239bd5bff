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

    [Theory]
    [InlineData("X-Auth-Token")]
    [InlineData("authorization")]
    [InlineData("Proxy-Authorization")]
    [InlineData("Cookie")]
    [InlineData("SET-COOKIE")]
    public void Each_secret_header_is_masked_whatever_its_case(string name)
    {
        Assert.True(Redaction.IsSecretHeader(name));
        Assert.Equal(Redaction.Mask, Redaction.HeaderValue(name, "value"));
    }

    [Fact]
    public void Other_headers_are_shown_as_they_are()
    {
        Assert.False(Redaction.IsSecretHeader("Content-Type"));
        Assert.Equal("application/json", Redaction.HeaderValue("Content-Type", "application/json"));
    }

    [Fact]
    public void A_query_parameter_named_secret_is_masked_however_short_and_the_rest_of_the_url_is_kept()
    {
        Assert.Equal("https://hub/x?page=1&token=***&size=2#top",
            Redaction.Query("https://hub/x?page=1&token=a&size=2#top", new[] { "token" }));
        Assert.Equal("https://hub/x?api%20key=***", Redaction.Query("https://hub/x?api%20key=s3cret", new[] { "api key" }));
        Assert.Equal("https://hub/x?mytoken=kept", Redaction.Query("https://hub/x?mytoken=kept", new[] { "token" }));
    }

    [Fact]
    public void Text_masks_secrets_of_six_characters_or_more_and_leaves_shorter_ones_as_words()
    {
        Assert.Equal("a *** and *** b", Redaction.Text("a abcdef and ghijklm b", "abcdef", null, "", "ghijklm"));
        Assert.Equal("an abcde stays", Redaction.Text("an abcde stays", "abcde"));
        Assert.Equal("", Redaction.Text(null, "abcdef"));
        Assert.Equal("", Redaction.Text("", "abcdef"));
    }

    [Fact]
    public void Headers_keep_their_names_mask_secret_headers_and_mask_a_secret_inside_any_other_value()
    {
        var headers = new Dictionary<string, IReadOnlyList<string>>
        {
            ["Set-Cookie"] = new[] { "a=1", "b=2" },
            ["Location"] = new[] { "https://hub/jobs?echo=abcdef123" },
        };
        var shown = Redaction.Headers(headers, "abcdef123");
        Assert.Equal(new[] { Redaction.Mask, Redaction.Mask }, shown["set-cookie"]);
        Assert.Equal(new[] { "https://hub/jobs?echo=***" }, shown["LOCATION"]);
    }

    [Fact]
    public void Truncate_keeps_text_up_to_the_limit_and_says_how_much_it_cut()
    {
        Assert.Equal("abcde", Redaction.Truncate("abcde", 5));
        Assert.Equal("abcd… (1 more characters)", Redaction.Truncate("abcde", 4));
    }
}
