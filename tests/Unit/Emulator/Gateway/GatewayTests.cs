using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Gateway;

public sealed class GatewayTests : EmulatorFixture
{
    const string Service = "gateway/demo/my-service/1.0.0";

    async Task<HttpClient> AuthorizedAsync()
    {
        using var tokenClient = Http(token: null);
        var request = new HttpRequestMessage(HttpMethod.Post, "gateway/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{EmulatorOptions.DevGatewayKey}:{EmulatorOptions.DevGatewaySecret}")));
        var response = await tokenClient.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var token = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(3600, token["expires_in"]!.GetValue<int>());
        var http = Http(token: null);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["access_token"]!.GetValue<string>());
        return http;
    }

    static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    async Task<JsonNode> WaitAsync(HttpClient http, string id)
    {
        for (var i = 0; i < 100; i++)
        {
            var status = await Json(await http.GetAsync($"{Service}/{id}"));
            if (status["status"]!.GetValue<string>() is "SUCCEEDED" or "FAILED" or "CANCELLED") return status;
            await Task.Delay(30);
        }
        throw new TimeoutException();
    }

    [Fact]
    public async Task An_execution_runs_to_success_with_logs_a_hal_result_and_files()
    {
        using var http = await AuthorizedAsync();
        var started = await http.PostAsync(Service, new StringContent("""{"numbers":[1,2,3]}""", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var execution = await Json(started);
        Assert.Equal(new Uri(http.BaseAddress!, $"{Service}/{execution["id"]}"), started.Headers.Location);
        Assert.Equal("PENDING", execution["status"]!.GetValue<string>());
        var id = execution["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"{Service}/{id}/result")).StatusCode);

        var done = await WaitAsync(http, id);
        Assert.Equal("SUCCEEDED", done["status"]!.GetValue<string>());
        Assert.NotNull(done["startedAt"]);
        Assert.NotNull(done["endedAt"]);

        var result = await Json(await http.GetAsync($"{Service}/{id}/result"));
        var links = result["_links"]!.AsObject();
        Assert.Contains("output.json", links.Select(l => l.Key));
        Assert.Equal("SUCCEEDED", result["_embedded"]!["status"]!["status"]!.GetValue<string>());
        var file = await http.GetStringAsync(links["output.json"]!["href"]!.GetValue<string>());
        Assert.Equal(3, JsonNode.Parse(file)!["input"]!["numbers"]!.AsArray().Count);
        var log = await Json(await http.GetAsync($"{Service}/{id}/log"));
        Assert.Contains(log.AsArray(), e => e!["message"]!.GetValue<string>().Contains("finished"));
        var list = await Json(await http.GetAsync(Service));
        Assert.Equal(id, Assert.Single(list.AsArray())!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Executions_can_fail_and_be_cancelled()
    {
        using var http = await AuthorizedAsync();
        var failing = await Json(await http.PostAsync(Service, new StringContent("""{"fail":true}""", Encoding.UTF8, "application/json")));
        Assert.Equal("FAILED", (await WaitAsync(http, failing["id"]!.GetValue<string>()))["status"]!.GetValue<string>());

        var running = await Json(await http.PostAsync(Service, new StringContent("{}", Encoding.UTF8, "application/json")));
        var id = running["id"]!.GetValue<string>();
        // The official service SDK parses a ServiceExecution from the answer to cancel: 200 with it, not 204.
        var cancel = await http.PutAsync($"{Service}/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(id, (await Json(cancel))["id"]!.GetValue<string>());
        Assert.Equal("CANCELLED", (await WaitAsync(http, id))["status"]!.GetValue<string>());
        Assert.Equal("CANCELLED", (await Json(await http.PutAsync($"{Service}/{id}/cancel", null)))["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Conflict, (await http.PutAsync($"{Service}/{failing["id"]}/cancel", null)).StatusCode);
    }

    [Fact]
    public async Task The_gateway_wants_its_own_bearer_token()
    {
        using var anonymous = Http(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Service)).StatusCode);
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "made-up");
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Service)).StatusCode);

        using var tokenClient = Http(token: null);
        var bad = new HttpRequestMessage(HttpMethod.Post, "gateway/token") { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials", ["client_id"] = "x", ["client_secret"] = "y" }) };
        Assert.Equal(HttpStatusCode.Unauthorized, (await tokenClient.SendAsync(bad)).StatusCode);
    }

    [Fact]
    public async Task Executions_of_another_service_are_not_found()
    {
        using var http = await AuthorizedAsync();
        var execution = await Json(await http.PostAsync(Service, new StringContent("{}", Encoding.UTF8, "application/json")));
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"gateway/acme/vqe/1.0.0/{execution["id"]}")).StatusCode);
    }
}
