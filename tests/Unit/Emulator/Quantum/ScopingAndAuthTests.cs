using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KipuHub.Client.Core.Errors;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Quantum;

public sealed class ScopingAndAuthTests : EmulatorFixture
{
    [Fact]
    public async Task An_organizations_jobs_and_sessions_are_invisible_to_other_contexts()
    {
        using var orgA = Quantum(organization: "org-a");
        using var orgB = Quantum(organization: "org-b");
        using var personal = Quantum();
        using var otherUser = Quantum(token: "second-user-token-000000");
        var job = await orgA.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 5));
        var session = await orgA.Sessions.CreateSessionAsync(new() { BackendId = "aws.sim.sv1", Provider = KipuHub.Client.Quantum.Models.Provider.Aws });

        Assert.Equal(job.Id, (await orgA.Jobs.GetJobAsync(job.Id!)).Id);
        foreach (var outsider in new[] { orgB, personal })
        {
            await Assert.ThrowsAsync<NotFoundException>(() => outsider.Jobs.GetJobAsync(job.Id!));
            await Assert.ThrowsAsync<NotFoundException>(() => outsider.Jobs.CancelJobAsync(job.Id!));
            await Assert.ThrowsAsync<NotFoundException>(() => outsider.Sessions.GetSessionAsync(session.Id!));
            Assert.Equal(0, (await outsider.Jobs.SearchJobsAsync()).TotalElements);
        }
        var mine = await personal.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 5));
        await Assert.ThrowsAsync<NotFoundException>(() => otherUser.Jobs.GetJobAsync(mine.Id!));
        Assert.Equal(2, (await orgA.Workloads.GetWorkloadsAsync()).TotalElements);
    }

    [Fact]
    public async Task A_missing_or_wrong_token_is_401_with_a_json_body()
    {
        using var anonymous = Http(token: null);
        var missing = await anonymous.GetAsync("quantum/jobs");
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Contains("Missing X-Auth-Token", (await missing.Content.ReadAsStringAsync()));

        using var client = Quantum(token: "wrong-token-value-123");
        var error = await Assert.ThrowsAsync<UnauthorizedException>(() => client.Backends.GetBackendsAsync());
        Assert.Equal(401, error.StatusCode);
        Assert.Equal("The token is not valid.", error.ServerMessage);
    }

    [Theory]
    [InlineData("quantum/docs", "getJob")]
    [InlineData("qc-catalog/docs", "authorize")]
    [InlineData("user-service/docs", "getCurrentUser")]
    [InlineData("gateway/docs", "startExecution")]
    public async Task Each_api_serves_an_openapi_document_of_what_it_implements(string path, string operation)
    {
        using var http = Http(token: null);
        var document = JsonNode.Parse(await http.GetStringAsync(path))!;
        Assert.Equal("3.1.0", document["openapi"]!.GetValue<string>());
        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(m => m.Value!["operationId"]!.GetValue<string>()));
        Assert.Contains(operation, operations);
    }

    [Fact]
    public async Task The_user_api_knows_the_current_user()
    {
        using var http = Http();
        var me = JsonNode.Parse(await http.GetStringAsync("user-service/me"))!;
        Assert.Equal("user-dev", me["id"]!.GetValue<string>());
        var tokens = JsonNode.Parse(await http.GetStringAsync("user-service/me/personal-access-tokens"))!["accessTokens"]!.AsArray();
        Assert.DoesNotContain(KipuHub.Emulator.EmulatorOptions.DevToken, tokens.ToJsonString());
        var principal = JsonNode.Parse(await (await http.PostAsync("qc-catalog/authorize", null)).Content.ReadAsStringAsync())!;
        Assert.Equal("PERSONAL_ACCESS_TOKEN", principal["type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("text/plain", "{}", 415)]
    [InlineData("application/json", "{\"backend_id\":", 400)]
    [InlineData("application/json", "[1,2]", 400)]
    [InlineData("application/json", "{\"backend_id\":\"aws.sim.sv1\",\"input\":{}}", 400)]
    [InlineData("application/json", "{\"backend_id\":\"aws.sim.sv1\",\"shots\":-1,\"input\":{}}", 400)]
    [InlineData("application/json", "{\"shots\":1,\"input\":{}}", 400)]
    [InlineData("application/json", "{\"backend_id\":\"aws.sim.sv1\",\"shots\":1}", 400)]
    [InlineData("application/json", "{\"backend_id\":\"aws.sim.sv1\",\"shots\":1,\"input\":{},\"input_format\":\"PERCEVAL\"}", 400)]
    public async Task Bad_input_gets_the_hubs_status_with_a_json_error_and_creates_nothing(string contentType, string body, int status)
    {
        using var http = Http();
        var response = await http.PostAsync("quantum/jobs", new StringContent(body, Encoding.UTF8, contentType));
        Assert.Equal(status, (int)response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, error["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(error["message"]!.GetValue<string>()));
        Assert.DoesNotContain("   at ", error.ToJsonString());
        Assert.Empty(await AllJobsAsync());
    }

    [Fact]
    public async Task A_body_beyond_the_limit_is_413()
    {
        // Expect: 100-continue lets the server refuse before the client has sent the 11 MB; waited for as long as it takes, since a
        // client that gives up waiting (1 s by default) sends the body into a connection the server is closing.
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = Promptly.Never }) { BaseAddress = Root };
        http.DefaultRequestHeaders.Add("X-Auth-Token", KipuHub.Emulator.EmulatorOptions.DevToken);
        var huge = "{\"backend_id\":\"aws.sim.sv1\",\"shots\":1,\"input\":\"" + new string('x', 11 * 1024 * 1024) + "\"}";
        var request = new HttpRequestMessage(HttpMethod.Post, "quantum/jobs") { Content = new StringContent(huge, Encoding.UTF8, "application/json") };
        request.Headers.ExpectContinue = true;
        var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await AllJobsAsync());
    }

    [Fact]
    public async Task Bad_paging_is_400()
    {
        using var http = Http();
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("quantum/jobs?page=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("quantum/jobs?size=0")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync("quantum/workloads?sort=created_at,sideways")).StatusCode);
    }

    [Fact]
    public async Task Ids_with_path_syntax_never_reach_another_route()
    {
        using var client = Quantum();
        foreach (var id in new[] { "../backends", "a/b", "%2e%2e", "x y", "?", "#", "ünï", "..%2Fbackends" })
            await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetJobAsync(id));
    }
}
