using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Client.Service;
using KipuHub.Client.User;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Infrastructure;

/// <summary>The emulator's /docs documents against the clients' route tables: what a client calls, the emulator maps and documents.</summary>
public sealed class OpenApiDocumentsTests : EmulatorFixture
{
    public static TheoryData<string> Apis => new() { "quantum", "qc-catalog", "user-service", "gateway/acme/vqe/1.0.0" };

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task Every_route_of_the_clients_table_is_in_the_emulators_document_with_its_path_parameters(string api)
    {
        var (table, docs, document) = await TableAndDocumentAsync(api);
        var documented = document.Operations.ToLookup(o => (o.Method, Shape(o.Path.TrimStart('/'))));
        var prefix = api.StartsWith("gateway", StringComparison.Ordinal) ? "{context}/{service}/{version}" : "";
        foreach (var route in table.Where(r => r.Template != "docs"))
        {
            var path = Shape(string.Join("/", new[] { prefix, route.Template }.Where(p => p.Length > 0)));
            var found = documented[(route.Method, path)].FirstOrDefault();
            Assert.True(found is not null, $"{route.Method} {route.Template} ({route.OperationId}) is not in {docs}");
            Assert.Equal(path.Split('/').Count(s => s == "{}"), found!.Parameters.Count(p => p.Location == "path"));
        }
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task Every_route_is_documented_under_the_Hubs_operation_id_the_camelCase_of_its_SDK_name(string api)
    {
        var (table, docs, document) = await TableAndDocumentAsync(api);
        var wrong = table.Where(r => r.FollowsDocument && r.Template != "docs")
            .Where(r => document.Find(r.HubOperationId) is not { } found || found.OperationId != r.HubOperationId || found.Method != r.Method)
            .Select(r => $"{r.HubOperationId} ({r})").ToList();
        Assert.True(wrong.Count == 0, $"{docs} does not name these operations as the Hub would: {string.Join(", ", wrong)}");
    }

    [Fact]
    public async Task A_service_documents_its_own_api_at_its_gateway_url()
    {
        using var http = Http();
        var document = OpenApiDocument.Parse(await http.GetStringAsync(new Uri(Root, "gateway/acme/vqe/1.0.0/docs")));
        Assert.Equal(new[] { "GET /", "POST /", "GET /{id}" }, document.Operations.Take(3).Select(o => $"{o.Method} {o.Path}"));
        Assert.DoesNotContain(document.Operations, o => o.OperationId == "token");
        Assert.Contains("/gateway/acme/vqe/1.0.0\"", await http.GetStringAsync(new Uri(Root, "gateway/acme/vqe/1.0.0/docs")));
    }

    [Theory]
    [MemberData(nameof(Apis))]
    public async Task Every_operation_says_what_it_does(string api)
    {
        var (_, docs, document) = await TableAndDocumentAsync(api);
        var unsaid = document.Operations.Where(o => string.IsNullOrWhiteSpace(o.Summary)).Select(o => o.OperationId).ToList();
        Assert.True(unsaid.Count == 0, $"{docs} has operations without a summary: {string.Join(", ", unsaid)}");
    }

    async Task<(IReadOnlyList<Route> Table, string Docs, OpenApiDocument Document)> TableAndDocumentAsync(string api)
    {
        var (table, docs) = api switch
        {
            "quantum" => (QuantumRoutes.All, "quantum/docs"),
            "qc-catalog" => (PlatformRoutes.All, "qc-catalog/docs"),
            "user-service" => (UserRoutes.All, "user-service/docs"),
            _ => (ServiceRoutes.All, "gateway/docs"),
        };
        using var http = Http();
        return (table, docs, OpenApiDocument.Parse(await http.GetStringAsync(new Uri(Root, docs))));
    }

    // Placeholder names differ between the SDKs and the emulator ({id} or {jobId}); the shape must not.
    static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path, @"\{[^}]+\}", "{}").TrimEnd('/');
}
