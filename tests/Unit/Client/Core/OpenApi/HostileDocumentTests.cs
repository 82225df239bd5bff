using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.OpenApi;

/// <summary>
/// A document is the server's word: one that puts an operation outside the API's base path (another API of the same origin,
/// where the token would go too) is not followed, however the path is spelled.
/// </summary>
public sealed class HostileDocumentTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Theory]
    [InlineData("/../user-service/steal")]
    [InlineData("/%2e%2e/user-service/steal")]
    [InlineData("/v2/../../user-service/steal")]
    [InlineData("/..\\\\user-service/steal")]
    [InlineData("//attacker.example/steal")]
    [InlineData("/http://attacker.example/steal")]
    [InlineData("\\\\attacker.example\\steal")]
    [InlineData("://attacker.example/steal")]
    [InlineData("/v2/%5Cuser-service/steal")]
    public async Task A_binding_outside_the_base_path_is_refused_and_nothing_is_sent_there(string path)
    {
        server.Fallback = request => request.Path == "/qc-catalog/docs"
            ? Reply.Ok("""{"openapi":"3.1.0","paths":{""" + System.Text.Json.JsonSerializer.Serialize(path) +
                """:{"get":{"operationId":"getOrganizations"}}}}""")
            : Reply.WithStatus(404, """{"message":"Not found."}""");
        using var platform = new HubPlatformClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "qc-catalog")));

        var refused = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Organizations.GetOrganizationsAsync());

        Assert.Contains("outside this API's base URL", refused.Message, StringComparison.Ordinal);
        Assert.All(server.Requests, r => Assert.StartsWith("/qc-catalog/", r.Path, StringComparison.Ordinal));
        Assert.Equal(2, server.Requests.Count);
    }
}
