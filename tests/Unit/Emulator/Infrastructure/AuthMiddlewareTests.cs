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

/// <summary>What each API asks of a token, and which paths an organization header scopes, message by message.</summary>
public sealed class TokenAndContextTests : EmulatorFixture
{
    static async Task<(HttpStatusCode Status, string? Message)> AnswerAsync(HttpClient http, HttpRequestMessage request)
    {
        var answer = await http.SendAsync(request);
        var body = await answer.Content.ReadAsStringAsync();
        var message = answer.StatusCode >= HttpStatusCode.BadRequest ? JsonNode.Parse(body)?["message"]?.GetValue<string>() : null;
        return (answer.StatusCode, message);
    }

    [Theory]
    [InlineData("quantum/backends")]
    [InlineData("qc-catalog/datapools")]
    [InlineData("user-service/me")]
    [InlineData("_emulator/jobs")]
    public async Task Every_api_asks_for_a_token_and_says_which_is_missing_or_wrong(string path)
    {
        using var anonymous = Http(token: null);
        Assert.Equal((HttpStatusCode.Unauthorized, "Missing X-Auth-Token header."), await AnswerAsync(anonymous, new(HttpMethod.Get, path)));
        using var wrong = Http("not-a-token-of-anyone");
        Assert.Equal((HttpStatusCode.Unauthorized, "The token is not valid."), await AnswerAsync(wrong, new(HttpMethod.Get, path)));
    }

    [Theory]
    [InlineData("quantum/docs")]
    [InlineData("qc-catalog/docs")]
    [InlineData("user-service/docs")]
    public async Task Each_apis_document_is_public(string path)
    {
        using var anonymous = Http(token: null);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_control_endpoints_tell_another_user_who_they_answer()
    {
        using var outsider = Http("second-user-token-000000");
        Assert.Equal((HttpStatusCode.Forbidden, "The control endpoints answer the emulator's operator only: the dev token's user, or the token " +
            "given with --control-token."), await AnswerAsync(outsider, new(HttpMethod.Get, "_emulator/jobs")));
    }

    [Fact]
    public async Task An_organization_header_scopes_the_quantum_and_platform_data_only()
    {
        using var outsider = Http("second-user-token-000000");
        HttpRequestMessage In(string path, string organization) =>
            new(HttpMethod.Get, path) { Headers = { { "X-OrganizationId", organization } } };
        Organization("org-closed");

        Assert.Equal((HttpStatusCode.Forbidden, "You are not a member of organization 'org-closed': authenticated but not permitted."),
            await AnswerAsync(outsider, In("qc-catalog/datapools", " org-closed ")));
        // Not who the caller is, not the organizations themselves (named in the path, 404 to a non-member), not the control endpoints.
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(outsider, In("user-service/me", "org-closed"))).Status);
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(outsider, In("qc-catalog/organizations", "org-closed"))).Status);
        using var dev = Http();
        Assert.Equal(HttpStatusCode.OK, (await AnswerAsync(dev, In("_emulator/jobs", "org-nobody-is-in"))).Status);

        // A blank header names no organization: the caller's own context.
        var eligibility = JsonNode.Parse(await (await dev.SendAsync(In("qc-catalog/eligibility", "   "))).Content.ReadAsStringAsync())!;
        Assert.Null(eligibility["organizationId"]);
    }
}

/// <summary>Reachable from other machines (--allow-remote) without a token of its own, the emulator refuses the published dev token.</summary>
public sealed class RemoteDevTokenTests : EmulatorFixture
{
    protected override void Configure(EmulatorOptions options) => options.RefusesDevToken = true;

    [Fact]
    public async Task The_published_dev_token_is_refused_and_says_what_to_use()
    {
        using var dev = Http();
        var answer = await dev.GetAsync("quantum/backends");
        Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode);
        Assert.Equal("The published dev token is refused by an emulator reachable from other machines (--allow-remote): use a token given " +
            "with --token or --user.", (await answer.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>());
        using var second = Http("second-user-token-000000");
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("quantum/backends")).StatusCode);
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
        var refused = await dev.GetAsync("_emulator/jobs");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("The control endpoints answer the token given with --control-token only.",
            (await refused.Content.ReadFromJsonAsync<JsonObject>())!["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await dev.GetAsync("quantum/backends")).StatusCode);
        using var anonymous = Http(token: null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("_emulator/jobs")).StatusCode);
        using var operatorClient = Http("operator-token-0123456789");
        Assert.Empty((await operatorClient.GetFromJsonAsync<JsonArray>("_emulator/jobs"))!);
    }
}
