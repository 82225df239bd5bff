using KipuHub.Client.Core;
using KipuHub.Client.Service;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Service;

/// <summary>Waiting for executions over real HTTP, against a gateway that keeps one running for ever.</summary>
public sealed class ServiceExecutionWaiterTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    HubServiceClient Client()
    {
        server.Fallback = request => Reply.Ok(request.Path.EndsWith("/done", StringComparison.Ordinal)
            ? """{"id":"done","status":"SUCCEEDED"}"""
            : """{"id":"running","status":"RUNNING"}""");
        return new HubServiceClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "acme/svc/1.0.0")));
    }

    [Fact]
    public async Task With_any_the_wait_is_complete_once_one_execution_has_ended()
    {
        using var client = Client();
        var waiter = new ServiceExecutionWaiter(client.ServiceApi, new[] { "running", "done" }, TimeSpan.FromMilliseconds(10),
            TimeSpan.FromMilliseconds(10), any: true);

        var round = await waiter.PollWithinTimeoutAsync();

        Assert.Equal(1, round!.Done);
        Assert.True(waiter.IsComplete);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Without_any_the_wait_goes_on_while_one_is_running()
    {
        using var client = Client();
        var waiter = new ServiceExecutionWaiter(client.ServiceApi, new[] { "running", "done" }, TimeSpan.FromMilliseconds(10),
            TimeSpan.FromMilliseconds(10));

        await waiter.PollWithinTimeoutAsync();
        await waiter.PollWithinTimeoutAsync();

        Assert.False(waiter.IsComplete);
        Assert.Equal(3, server.Requests.Count);
    }
}
