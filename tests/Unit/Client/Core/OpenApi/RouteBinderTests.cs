using System.Net.Http.Json;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Client.User;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.OpenApi;

/// <summary>
/// Routes bound from the live document, against an emulator whose documents move some inferred operations
/// (--moved-routes): a route that answers 404 or 405 is looked up once and followed where the document has it.
/// </summary>
public sealed class RouteBinderTests : EmulatorFixture
{
    protected override void Configure(EmulatorOptions options) => options.MovedRoutes = true;

    [Fact]
    public async Task A_moved_route_is_followed_after_one_404_and_one_document_read_and_sent_there_from_then_on()
    {
        var log = new List<string>();
        using var platform = new HubPlatformClient(Options(configure: o => o.Logger = e => { lock (log) log.Add(e.Message); }));
        await ClearRequestCountsAsync();

        Assert.Empty(await platform.Organizations.GetOrganizationsAsync());
        Assert.Empty(await platform.Organizations.GetOrganizationsAsync());

        var counts = await RequestCountsAsync();
        Assert.Equal(1, counts.GetValueOrDefault("GET /qc-catalog/organizations"));
        Assert.Equal(1, counts.GetValueOrDefault("GET /qc-catalog/docs"));
        Assert.Equal(2, counts.GetValueOrDefault("GET /qc-catalog/v2/organizations"));
        Assert.Contains(log, l => l.StartsWith("getOrganizations: GET organizations answered 404; the Hub documents it at GET /v2/organizations", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_create_is_sent_again_after_a_404_and_creates_once()
    {
        using var platform = new HubPlatformClient(Options());
        await ClearRequestCountsAsync();

        var created = await platform.Organizations.CreateOrganizationAsync("Moved Ops");

        var counts = await RequestCountsAsync();
        Assert.Equal((1, 1), (counts.GetValueOrDefault("POST /qc-catalog/organizations"), counts.GetValueOrDefault("POST /qc-catalog/v2/organizations")));
        var listed = Assert.Single(await platform.Organizations.GetOrganizationsAsync());
        Assert.Equal((created.Id, "Moved Ops"), (listed.Id, listed.Name));
    }

    [Fact]
    public async Task Path_values_go_by_position_where_the_document_names_the_placeholder_otherwise()
    {
        using var platform = new HubPlatformClient(Options());
        var created = await platform.Organizations.CreateOrganizationAsync("Renamed Placeholder");
        Assert.Equal(created.Id, (await platform.Organizations.GetOrganizationAsync(created.Id!)).Id);

        using var quantum = Quantum();
        var session = await quantum.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws });
        Assert.NotNull((await quantum.Sessions.GetSessionStatusAsync(session.Id!)).Status);
    }

    [Fact]
    public async Task Query_names_are_sent_as_the_document_spells_them_and_a_404_of_the_moved_route_is_the_resources()
    {
        using var quantum = Quantum();
        Assert.Equal("ibm.fez", (await quantum.Backends.GetLeastBusyBackendAsync("IBM", minQubits: 150)).Id);
        await ClearRequestCountsAsync();

        // No IBM backend has 200 qubits: had min_qubits gone out unrenamed, ibm.fez (the least busy) would come back.
        var none = await Assert.ThrowsAsync<NotFoundException>(() => quantum.Backends.GetLeastBusyBackendAsync("IBM", minQubits: 200));
        Assert.Contains("No IBM backend is online with enough qubits", none.Message);
        var counts = await RequestCountsAsync();
        Assert.Equal(1, counts.GetValueOrDefault("GET /quantum/backends/least-busy-backend"));
        Assert.False(counts.ContainsKey("GET /quantum/docs"));
    }

    [Fact]
    public async Task A_405_is_followed_to_the_documented_method()
    {
        using var platform = new HubPlatformClient(Options());
        await platform.Notifications.MarkAllReadAsync();

        var counts = await RequestCountsAsync();
        Assert.Equal(1, counts.GetValueOrDefault("PUT /qc-catalog/notifications/read"));
    }

    [Fact]
    public async Task An_operation_the_document_does_not_have_is_an_error_that_names_the_nearest_ones()
    {
        using var platform = new HubPlatformClient(Options());
        var error = await Assert.ThrowsAsync<OperationNotDocumentedException>(() => platform.Billing.GetCreditsAsync());

        Assert.Equal("getCredits", error.OperationId);
        Assert.IsType<NotFoundException>(error.InnerException);
        Assert.NotEmpty(error.Nearest);
        Assert.Contains("The Hub does not document the operation getCredits (GET billing/credits answered 404)", error.Message);
        Assert.Contains("inferred", error.Message);
        Assert.Contains($"Invoke-QHubOperation -Api Platform -OperationId {error.Nearest[0]}", error.Message);
    }

    [Fact]
    public async Task A_404_at_a_documented_route_stays_the_resources_and_the_document_is_read_once_per_client()
    {
        using var platform = new HubPlatformClient(Options());
        await ClearRequestCountsAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => platform.DataPools.GetDataPoolAsync("no-such-pool"));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.DataPools.GetDataPoolAsync("no-such-pool-either"));

        var counts = await RequestCountsAsync();
        Assert.Equal((2, 1), (counts.GetValueOrDefault("GET /qc-catalog/datapools/{id}"), counts.GetValueOrDefault("GET /qc-catalog/docs")));
    }

    [Fact]
    public async Task Many_callers_of_a_moved_route_share_one_document_read()
    {
        using var user = new HubUserClient(Options());
        await ClearRequestCountsAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Task.Run(() => user.GetPersonalAccessTokensAsync())));

        Assert.All(answers, tokens => Assert.NotEmpty(tokens));
        var counts = await RequestCountsAsync();
        Assert.Equal(1, counts.GetValueOrDefault("GET /user-service/docs"));
        Assert.Equal(24, counts.GetValueOrDefault("GET /user-service/me/access-tokens"));
    }

    [Fact]
    public async Task Errors_other_than_404_and_405_are_not_looked_up_and_a_create_is_not_sent_again()
    {
        using var http = Http();
        await http.PostAsJsonAsync("_emulator/faults", new { method = "POST", path = "/qc-catalog/organizations", kind = "status", status = 409, count = 1 });
        using var platform = new HubPlatformClient(Options());
        await ClearRequestCountsAsync();

        await Assert.ThrowsAsync<ConflictException>(() => platform.Organizations.CreateOrganizationAsync("Conflicted"));

        var counts = await RequestCountsAsync();
        Assert.Equal(1, counts.GetValueOrDefault("POST /qc-catalog/organizations"));
        Assert.False(counts.ContainsKey("GET /qc-catalog/docs"));
        Assert.False(counts.ContainsKey("POST /qc-catalog/v2/organizations"));
    }

    [Fact]
    public async Task A_client_told_not_to_follow_the_document_keeps_the_404()
    {
        using var platform = new HubPlatformClient(Options(configure: o => o.FollowDocumentedRoutes = false));
        await ClearRequestCountsAsync();

        await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.GetOrganizationsAsync());

        Assert.False((await RequestCountsAsync()).ContainsKey("GET /qc-catalog/docs"));
    }
}
