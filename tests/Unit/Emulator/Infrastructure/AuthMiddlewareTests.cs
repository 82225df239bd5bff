using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Infrastructure;

/// <summary>
/// Who may do what, as the Hub decides it: an organization's context only for its members (403 otherwise, never its data),
/// the control endpoints only for the emulator's operator, and an expired token not at all.
/// </summary>
public sealed class AuthMiddlewareTests : EmulatorFixture
{
    const string Second = "second-user-token-000000";

    static HttpRequestMessage In(HttpMethod method, string path, string organization) =>
        new(method, path) { Headers = { { "X-OrganizationId", organization } } };

    [Fact]
    public async Task A_non_member_naming_an_organization_gets_403_on_every_route_and_changes_nothing()
    {
        var organization = Organization("org-private");
        using var owner = Http();
        var pool = (await (await owner.SendAsync(new HttpRequestMessage(HttpMethod.Post, "qc-catalog/datapools")
        {
            Headers = { { "X-OrganizationId", organization } },
            Content = JsonContent.Create(new { name = "secrets" }),
        })).Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.Created, (await owner.SendAsync(new HttpRequestMessage(HttpMethod.Post, "quantum/jobs")
        {
            Headers = { { "X-OrganizationId", organization } },
            Content = JsonContent.Create(new
            {
                backend_id = "aws.sim.sv1",
                shots = 1,
                input_format = "IONQ_CIRCUIT_V1",
                input = new { qubits = 1, circuit = new[] { new { gate = "h", target = 0 } } }
            }),
        })).StatusCode);

        using var outsider = Http(Second);
        foreach (var (method, path) in new[]
        {
            (HttpMethod.Get, "quantum/jobs"), (HttpMethod.Get, "quantum/sessions"), (HttpMethod.Get, "qc-catalog/datapools"),
            (HttpMethod.Get, $"qc-catalog/datapools/{pool}"), (HttpMethod.Delete, $"qc-catalog/datapools/{pool}"),
            (HttpMethod.Get, "qc-catalog/services"), (HttpMethod.Get, "qc-catalog/applications"),
        })
        {
            var answer = await outsider.SendAsync(In(method, path, organization));
            Assert.True(answer.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {answer.StatusCode}");
            var error = await answer.Content.ReadFromJsonAsync<JsonObject>();
            Assert.Contains("not a member of organization 'org-private'", error!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.OK, (await owner.SendAsync(In(HttpMethod.Get, $"qc-catalog/datapools/{pool}", organization))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.SendAsync(In(HttpMethod.Get, "quantum/jobs", "org-that-does-not-exist")))
            .StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await outsider.GetAsync("quantum/jobs")).StatusCode);
    }

    [Fact]
    public async Task The_control_endpoints_answer_the_dev_user_only()
    {
        using var outsider = Http(Second);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync("_emulator/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsync("_emulator/reset", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync("_emulator/faults", new { path = "/**", kind = "status", status = 500 }))
            .StatusCode);
        await FinishedJobAsync(Quantum());
        Assert.Single(await AllJobsAsync());
    }

    [Fact]
    public async Task An_expired_personal_access_token_is_refused_like_an_unknown_one()
    {
        using var user = Http();
        var created = await (await user.PostAsJsonAsync("user-service/me/personal-access-tokens",
            new { name = "expired", expiresAt = DateTimeOffset.UtcNow.AddDays(-1) })).Content.ReadFromJsonAsync<JsonObject>();
        var live = await (await user.PostAsJsonAsync("user-service/me/personal-access-tokens",
            new { name = "live", expiresAt = DateTimeOffset.UtcNow.AddDays(1) })).Content.ReadFromJsonAsync<JsonObject>();

        using var expired = Http(created!["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await expired.GetAsync("quantum/backends")).StatusCode);
        using var valid = Http(live!["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await valid.GetAsync("quantum/backends")).StatusCode);
    }
}

/// <summary>With --control-token, the control endpoints answer that token and no other, the dev token's included.</summary>
public sealed class ControlTokenTests : EmulatorFixture
{
    protected override void Configure(EmulatorOptions options) => options.ControlToken = "operator-token-0123456789";

    [Fact]
    public async Task Only_the_control_token_reaches_the_control_endpoints()
    {
        using var dev = Http();
        Assert.Equal(HttpStatusCode.Forbidden, (await dev.GetAsync("_emulator/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await dev.GetAsync("quantum/backends")).StatusCode);
        using var operatorClient = Http("operator-token-0123456789");
        Assert.Equal(HttpStatusCode.OK, (await operatorClient.GetAsync("_emulator/jobs")).StatusCode);
    }
}
