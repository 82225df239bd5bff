using System.IO.Compression;
using KipuHub.Client.Core.Errors;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.Http;

/// <summary>
/// Answers that would grow the process without end: what is read whole is bounded after decompression, an error's body and
/// message are cut to what a person reads, and nothing is retried that would only come back as large.
/// </summary>
public sealed class HostileAnswerTests : IAsyncLifetime
{
    const int Cap = 1024 * 1024;
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_json_answer_larger_than_the_cap_ends_the_call_unread_and_is_not_retried()
    {
        server.Fallback = _ => new Reply(Bytes: System.Text.Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("\"aws.sim.sv1\"", 200_000)) + "]"));
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxResponseBytes = Cap);

        var error = await Assert.ThrowsAsync<HubTransportException>(() => client.Backends.GetBackendsAsync());

        Assert.True(error.IsMalformedResponse);
        Assert.Contains("more than 1 MiB", error.Message, StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_compressed_answer_is_bounded_by_what_it_inflates_to_not_by_what_was_sent()
    {
        var bomb = new MemoryStream();
        using (var gzip = new GZipStream(bomb, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write("["u8);
            gzip.Write(new byte[8 * Cap].Select(_ => (byte)' ').ToArray());
            gzip.Write("]"u8);
        }
        Assert.True(bomb.Length < Cap / 10);
        server.Fallback = _ => new Reply(Bytes: bomb.ToArray(), Headers: new Dictionary<string, string> { ["Content-Encoding"] = "gzip" });
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxResponseBytes = Cap);

        var error = await Assert.ThrowsAsync<HubTransportException>(() => client.Backends.GetBackendsAsync());
        Assert.Contains("more than 1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_twenty_megabyte_error_message_becomes_a_short_exception_message_and_body()
    {
        var message = new string('x', 20 * Cap);
        server.Fallback = _ => Reply.WithStatus(400, $$"""{"message":"{{message}}"}""");
        using var client = TestClients.Quantum(server.BaseUrl);

        var error = await Assert.ThrowsAsync<BadRequestException>(() => client.Backends.GetBackendsAsync());

        Assert.InRange(error.Message.Length, 10, 3000);
        Assert.InRange(error.Body!.Length, 100, 64 * 1024);
        Assert.Null(error.ServerMessage);
    }

    [Fact]
    public async Task A_streamed_error_answer_is_read_only_as_far_as_a_person_reads()
    {
        server.Fallback = _ => Reply.WithStatus(500, $$"""{"message":"{{new string('y', 20 * Cap)}}"}""");
        using var client = TestClients.Quantum(server.BaseUrl, o => o.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<InternalServerErrorException>(() => client.Jobs.GetJobResultStreamAsync("job-1"));

        Assert.InRange(error.Body!.Length, 100, 64 * 1024);
        Assert.InRange(error.Message.Length, 10, 3000);
    }

    [Fact]
    public async Task A_long_error_message_in_a_short_body_is_cut_to_a_few_sentences()
    {
        server.Fallback = _ => Reply.WithStatus(400, $$"""{"message":"{{new string('z', 30_000)}}"}""");
        using var client = TestClients.Quantum(server.BaseUrl);

        var error = await Assert.ThrowsAsync<BadRequestException>(() => client.Backends.GetBackendsAsync());

        Assert.InRange(error.ServerMessage!.Length, 2000, 2100);
        Assert.InRange(error.Message.Length, 2000, 2400);
    }

    [Fact]
    public async Task An_error_keeps_no_secret_a_server_echoes_in_its_headers()
    {
        server.Fallback = _ => new Reply(400, """{"message":"no"}""", new Dictionary<string, string>
        {
            ["X-Echo"] = "you sent " + TestClients.Token,
            ["Set-Cookie"] = "session=kqh-cookie-value-123; HttpOnly",
            ["X-Auth-Token"] = TestClients.Token,
        });
        using var client = TestClients.Quantum(server.BaseUrl);

        var error = await Assert.ThrowsAsync<BadRequestException>(() => client.Backends.GetBackendsAsync());

        var kept = string.Join("\n", error.Headers.SelectMany(h => h.Value.Select(v => $"{h.Key}: {v}")));
        Assert.DoesNotContain(TestClients.Token, kept, StringComparison.Ordinal);
        Assert.DoesNotContain("kqh-cookie-value-123", kept, StringComparison.Ordinal);
        Assert.Contains("X-Echo: you sent ***", kept, StringComparison.Ordinal);
        Assert.Equal(new[] { "***" }, error.Headers["Set-Cookie"]);
    }
}
