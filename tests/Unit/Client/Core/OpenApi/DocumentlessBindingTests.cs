using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.OpenApi;

/// <summary>A Hub whose document cannot be read changes nothing: the 404 stands, and the document is asked for once.</summary>
public sealed class DocumentlessBindingTests
{
    public static TheoryData<string, int, string?> Documents => new()
    {
        { "no /docs", 404, null },
        { "not JSON", 200, "<html>docs</html>" },
        { "Swagger 2.0", 200, """{"swagger":"2.0","paths":{"/v2/organizations":{"get":{"operationId":"getOrganizations"}}}}""" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_404_stands_and_the_document_is_asked_for_once(string what, int status, string? body)
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = request => request.Path.EndsWith("/docs", StringComparison.Ordinal)
            ? new Reply(status, body)
            : Reply.WithStatus(404, """{"message":"Not here."}""");
        using var platform = new HubPlatformClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "qc-catalog")));

        var first = await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.GetOrganizationsAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.GetOrganizationsAsync());

        Assert.Contains("Not here.", first.Message);
        Assert.Equal(new[] { "GET /qc-catalog/organizations", "GET /qc-catalog/docs", "GET /qc-catalog/organizations" },
            server.Requests.Select(r => $"{r.Method} {r.Path}"));
        Assert.True(server.Requests.Count(r => r.Path.EndsWith("/docs", StringComparison.Ordinal)) == 1, $"{what}: the document is asked for once");
    }

    [Fact]
    public async Task Nothing_but_the_call_is_sent_while_the_table_is_right()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = _ => Reply.Ok("[]");
        using var platform = new HubPlatformClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "qc-catalog")));

        await platform.Organizations.GetOrganizationsAsync();
        await platform.DataPools.GetDataPoolsAsync();

        Assert.Equal(new[] { "GET /qc-catalog/organizations", "GET /qc-catalog/datapools" }, server.Requests.Select(r => $"{r.Method} {r.Path}"));
    }
}
