using System.Text.Json;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.OpenApi;

/// <summary>
/// What the error of an operation the Hub's document does not have (or has where KipuHub cannot call it) says: the evidence
/// for our route, the nearest documented operations with those of the same path family first, and the command to try.
/// </summary>
public sealed class NotDocumentedErrorTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    /// <summary>A Hub that answers 404 to every call and documents these operations (path, operation id; all GET).</summary>
    HubPlatformClient Documenting(params (string Path, string OperationId)[] operations)
    {
        var paths = operations.ToDictionary(o => o.Path, o => new { get = new { operationId = o.OperationId } });
        var document = JsonSerializer.Serialize(new { openapi = "3.1.0", paths });
        server.Fallback = request => request.Path == "/qc-catalog/docs"
            ? Reply.Ok(document)
            : Reply.WithStatus(404, """{"message":"Not found."}""");
        return new HubPlatformClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "qc-catalog")));
    }

    [Fact]
    public async Task The_nearest_operations_of_the_same_path_family_come_first_then_the_others_three_in_all()
    {
        // By edit distance from getCredits: getCredit and getCreditz 1, getBudget 6, getBalance 7, getBillingHistory 12.
        using var platform = Documenting(("/billing/balance", "getBalance"), ("/billing/history", "getBillingHistory"),
            ("/billing/budget", "getBudget"), ("/credits", "getCreditz"), ("/v2/credits", "getCredit"));

        var error = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Billing.GetCreditsAsync());

        Assert.Equal(new[] { "getBudget", "getBalance", "getBillingHistory" }, error.Nearest);
        Assert.Equal("The Hub does not document the operation getCredits (GET billing/credits answered 404). KipuHub's route for it was " +
            "inferred from the Hub's conventions, with no public evidence. The nearest documented operations: getBudget, getBalance, " +
            "getBillingHistory (Invoke-QHubOperation -Api Platform -OperationId getBudget). Test-QHubApiCompatibility -Api Platform lists " +
            "what the Hub documents; please report the row.", error.Message);
        Assert.Equal("GET", error.Method);
        Assert.EndsWith("/qc-catalog/billing/credits", error.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fewer_of_the_family_than_three_are_followed_by_the_nearest_others()
    {
        using var platform = Documenting(("/billing/balance", "getBalance"), ("/credits", "getCreditz"), ("/v2/credits", "getCredit"),
            ("/v3/credits", "getCreditsAll"));

        var error = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Billing.GetCreditsAsync());

        Assert.Equal(new[] { "getBalance", "getCredit", "getCreditz" }, error.Nearest);
    }

    [Fact]
    public async Task A_document_with_no_operations_suggests_none_and_a_seen_route_says_where_it_was_seen()
    {
        using var platform = Documenting();

        var error = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Applications.GetApplicationsAsync());

        Assert.Empty(error.Nearest);
        Assert.Equal("The Hub does not document the operation getApplications (GET v2/applications answered 404). KipuHub's route for it " +
            "was seen in a public SDK of the Hub. Test-QHubApiCompatibility -Api Platform lists what the Hub documents; please report " +
            "the row.", error.Message);
    }

    [Fact]
    public async Task An_operation_documented_with_path_parameters_KipuHub_cannot_fill_is_not_called()
    {
        using var platform = Documenting(("/v2/organizations/{organizationId}/units/{unitId}", "getOrganization"));

        var error = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Organizations.GetOrganizationAsync("org-1"));

        Assert.StartsWith("The Hub documents getOrganization at GET /v2/organizations/{organizationId}/units/{unitId}, whose path " +
            "parameters KipuHub cannot fill from its call (id). KipuHub's route for it was inferred", error.Message);
        Assert.DoesNotContain(server.Requests, r => r.Path.StartsWith("/qc-catalog/v2/", StringComparison.Ordinal));

        using var members = Documenting(("/v2/organizations/{a}/members/{b}/roles/{c}", "updateOrganizationMember"));
        var second = await Assert.ThrowsAsync<OperationNotDocumentedException>(() =>
            members.Organizations.UpdateMemberAsync("org-1", "user-1", "VIEWER"));
        Assert.Contains("whose path parameters KipuHub cannot fill from its call (id, userId).", second.Message);
    }
}
