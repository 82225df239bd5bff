using KipuHub.Client.Core.Errors;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>An id is always exactly one path segment: it can never reach another route.</summary>
public sealed class PathEscapingTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("../users/me", "..%2Fusers%2Fme")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("%2e%2e", "%252e%252e")]
    [InlineData("x y", "x%20y")]
    [InlineData("a?admin=1", "a%3Fadmin%3D1")]
    [InlineData("a#frag", "a%23frag")]
    [InlineData("a%2fb", "a%252fb")]
    [InlineData("ünï", "%C3%BCn%C3%AF")]
    [InlineData("..\\..\\x", "..%5C..%5Cx")]
    public async Task Ids_are_escaped_into_one_segment(string id, string expectedSegment)
    {
        server.Fallback = _ => Reply.Ok("""{"status":"PENDING"}""");
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Jobs.GetJobStatusAsync(id);
        Assert.Equal($"/quantum/jobs/{expectedSegment}/status", server.Last.RawTarget);
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Ids_that_are_path_syntax_by_themselves_are_refused_before_sending(string id)
    {
        using var client = TestClients.Quantum(server.BaseUrl);
        await Assert.ThrowsAsync<ArgumentException>(() => client.Jobs.GetJobAsync(id));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Service_execution_and_job_ids_are_each_one_segment()
    {
        server.Fallback = _ => Reply.Ok("""{"id":"x"}""");
        using var client = TestClients.Quantum(server.BaseUrl);
        await client.Jobs.GetServiceExecutionJobAsync("e/1", "../j");
        Assert.Equal("/quantum/service-executions/e%2F1/jobs/..%2Fj", server.Last.RawTarget);
    }
}
