using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Infrastructure;

/// <summary>
/// Every operation the emulator's documents list, sent what a careless or hostile client sends: malformed JSON, wrong
/// types, dot-segment and oversized ids, broken multipart, over-limit forms, out-of-range paging. The emulator answers
/// each with a fast 4xx and a JSON message, never a 5xx, never a 2xx for a body that does not parse, and nothing it
/// holds changes through a dot segment.
/// </summary>
public sealed class HostileInputTests : EmulatorFixture
{
    static readonly (string Docs, string Base)[] Documents =
    {
        ("quantum/docs", "quantum"), ("qc-catalog/docs", "qc-catalog"), ("user-service/docs", "user-service"), ("gateway/docs", "gateway"),
        ("gateway/acme/vqe/1.0.0/docs", "gateway/acme/vqe/1.0.0"),
    };

    sealed record Probe(string Name, HttpMethod Method, string Path, Func<HttpContent?> Body, bool BodyIsBroken = false,
        bool DotSegment = false);

    sealed record Answer(Probe Probe, HttpStatusCode Status, string Body, TimeSpan Took);

    [Fact]
    // Each probe is bounded by the client's 30 s timeout only: what must be fast (an address, a large circuit) is measured
    // against a baseline below.
    public async Task Every_documented_operation_answers_hostile_input_with_a_4xx_and_a_message()
    {
        var (probes, operations) = await ProbesAsync();
        var before = await StateAsync();

        var answers = await SendAllAsync(probes);

        Assert.True(operations > 80, $"only {operations} operations were found in the documents");
        Assert.Empty(answers.Where(a => (int)a.Status >= 500).Select(Describe));
        Assert.Empty(answers.Where(a => a.Probe.BodyIsBroken && (int)a.Status < 300).Select(Describe));
        Assert.Empty(answers.Where(a => a.Probe.DotSegment && a.Status != HttpStatusCode.BadRequest).Select(Describe));
        Assert.Empty(answers.Where(a => (int)a.Status >= 400 && a.Probe.Method != HttpMethod.Head && !HasMessage(a.Body)).Select(Describe));
        Assert.Equal(before, await StateAsync());
    }

    [Theory]
    [InlineData("user-service/me/personal-access-tokens/..")]
    [InlineData("user-service/me/personal-access-tokens/%2E%2E")]
    [InlineData("user-service/me/personal-access-tokens/%2e%2E/")]
    [InlineData("user-service/me/personal-access-tokens/.")]
    public async Task A_dot_segment_id_never_reaches_the_parent_route(string path)
    {
        using var http = Http();
        var response = await http.DeleteAsync(Raw(path));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("segment", await MessageAsync(response));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("user-service/me")).StatusCode);
    }

    [Fact]
    public async Task A_page_far_past_the_end_is_empty_not_the_first()
    {
        using var http = Http();
        await FinishedJobAsync(Quantum());

        var page = JsonNode.Parse(await http.GetStringAsync("quantum/jobs?page=2147483647&size=1000"))!;

        Assert.Empty(page["content"]!.AsArray());
    }

    [Fact]
    public async Task A_crafted_email_address_is_refused_at_once()
    {
        using var http = Http();
        var organization = await CreatedIdAsync(http, "qc-catalog/organizations", new JsonObject { ["name"] = "fuzz-mail" });
        var crafted = new string('a', 200) + "@" + string.Concat(Enumerable.Repeat("a.", 200_000));
        // The baseline: a refused address of the same size that no pattern has to backtrack over (no '@'). A check that
        // backtracks over the crafted one takes seconds to minutes; reading and refusing the body, the same as this.
        var plain = new string('a', crafted.Length);
        var baseline = TimeSpan.Zero;
        for (var i = 0; i < 3; i++) baseline = Max(baseline, (await InviteAsync(http, organization, plain)).Took);

        var (response, took) = await InviteAsync(http, organization, crafted);

        Assert.True(took < baseline * 20, $"took {took}, against {baseline} for an address of the same size without '@'");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'email'", await MessageAsync(response));
    }

    [Fact]
    public async Task A_malformed_body_regenerates_nothing()
    {
        using var second = Http("second-user-token-000000");
        var response = await second.PostAsync("user-service/me/personal-access-tokens/default/regenerate", Json("{\"a\":"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("user-service/me")).StatusCode);
    }

    [Theory]
    [InlineData("application/jsonx", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("text/json-ish", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/problem+json", HttpStatusCode.BadRequest)]
    public async Task Only_json_media_types_are_read_as_json(string contentType, HttpStatusCode expected)
    {
        using var http = Http();
        var content = new StringContent("{\"backend_id\":\"aws.sim.sv1\",\"shots\":\"ten\",\"input\":{}}");
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var response = await http.PostAsync("quantum/jobs", content);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task The_gateway_does_not_run_services_that_do_not_exist()
    {
        using var http = Http(token: null);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GatewayTokenAsync());

        var response = await http.PostAsync("gateway/nobody/nothing/9.9.9", Json("{}"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(Host.Store.AllJobs());
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("NOT_A_PROVIDER")]
    public async Task Provider_tokens_are_kept_only_for_known_providers(string provider)
    {
        using var http = Http();
        var response = await http.PutAsync($"qc-catalog/users/me/provider-tokens/{Uri.EscapeDataString(provider)}",
            Json("{\"token\":\"t\"}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(provider, await http.GetStringAsync("qc-catalog/users/me/provider-tokens"));
    }

    [Fact]
    public async Task A_long_name_is_refused_with_the_field_it_names()
    {
        using var http = Http();
        var response = await http.PostAsync("qc-catalog/datapools",
            Json(new JsonObject { ["name"] = new string('n', 1_000_000) }.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'name'", await MessageAsync(response));
    }

    [Fact]
    public async Task A_large_circuit_is_simulated_beside_the_requests_and_its_status_waits_for_it()
    {
        using var http = Http();
        var gates = new JsonArray(Enumerable.Range(0, 3000).Select(i => (JsonNode)new JsonObject
        { ["type"] = "h", ["targets"] = new JsonArray(i % 18) }).ToArray());
        var created = await CreatedIdAsync(http, "quantum/jobs", new JsonObject
        {
            ["backend_id"] = "aws.sim.sv1",
            ["shots"] = 10,
            ["input"] = new JsonObject { ["gateset"] = "qis", ["qubits"] = 18, ["circuit"] = gates },
        });

        // A read that waited for the simulation would take as long as the simulation does: the slowest read is compared
        // with the simulation's own duration, measured here, never with a fixed time.
        var simulating = Stopwatch.StartNew();
        var slowestRead = TimeSpan.Zero;
        var reads = 0;
        string status;
        do
        {
            var watch = Stopwatch.StartNew();
            var answer = await http.GetAsync($"quantum/jobs/{created}/result");
            slowestRead = Max(slowestRead, watch.Elapsed);
            reads++;
            status = JsonNode.Parse(await http.GetStringAsync($"quantum/jobs/{created}/status"))!["status"]!.GetValue<string>();
            if (status != "COMPLETED") Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            await Task.Delay(50);
        } while (status != "COMPLETED");
        simulating.Stop();
        Assert.True(reads > 1, "the job was complete at its first read: the create waited for the simulation");
        Assert.True(slowestRead * 4 < simulating.Elapsed,
            $"the slowest of {reads} result reads took {slowestRead}, the simulation {simulating.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"quantum/jobs/{created}/result")).StatusCode);
    }

    [Fact]
    public async Task Unmatched_routes_and_binding_errors_answer_with_a_json_message()
    {
        using var http = Http();
        foreach (var (method, path) in new[] { ("GET", "quantum/no-such-route"), ("PATCH", "quantum/jobs"), ("GET", "qc-catalog/dashboard/costs?month=x&year=y") })
        {
            var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
            Assert.InRange((int)response.StatusCode, 400, 499);
            Assert.True(HasMessage(await response.Content.ReadAsStringAsync()), $"{method} {path}: no message");
        }
    }

    async Task<(List<Probe> Probes, int Operations)> ProbesAsync()
    {
        using var http = Http();
        var probes = new List<Probe>();
        var operations = 0;
        foreach (var (docs, baseUrl) in Documents)
        {
            var document = OpenApiDocument.Parse(await http.GetStringAsync(docs));
            foreach (var operation in document.Operations.Where(o => !o.Path.EndsWith("/docs", StringComparison.Ordinal)))
            {
                operations++;
                probes.AddRange(ProbesOf(operation, baseUrl));
            }
        }
        return (probes, operations);
    }

    static IEnumerable<Probe> ProbesOf(OpenApiOperation operation, string baseUrl)
    {
        var method = new HttpMethod(operation.Method);
        var name = $"{operation.OperationId} ({operation.Method} {operation.Path})";
        var template = baseUrl + operation.Path;
        var path = Fill(template, _ => "fuzz-missing-id");
        var pathParameters = System.Text.RegularExpressions.Regex.Matches(operation.Path, @"\{([^}]+)\}").Select(m => m.Groups[1].Value)
            .Where(p => p is not ("context" or "service" or "version")).ToList();

        foreach (var parameter in pathParameters)
        {
            foreach (var dots in new[] { "..", "%2E%2E", ".", "%2e" })
                yield return new Probe($"{name} {parameter}={dots}", method, Fill(template, p => p == parameter ? dots : "fuzz-missing-id"),
                    () => null, DotSegment: true);
            yield return new Probe($"{name} {parameter}=5000 characters", method,
                Fill(template, p => p == parameter ? new string('i', 5000) : "fuzz-missing-id"), () => null);
        }

        if (operation.Parameters.Any(p => p.Name == "page"))
            foreach (var query in new[] { "page=2147483647&size=1000", "page=-1", "size=0", "page=abc&size=-5", "size=99999999999" })
                yield return new Probe($"{name} ?{query}", method, path + "?" + query, () => null);

        if (method == HttpMethod.Get || method == HttpMethod.Delete || method == HttpMethod.Head) yield break;
        var wellFormedButWrong = !operation.OperationId.Contains("regenerate", StringComparison.OrdinalIgnoreCase) &&
            !operation.OperationId.StartsWith("delete", StringComparison.Ordinal);

        if (operation.Body?.IsMultipart == true)
        {
            var part = operation.Body.FileField ?? "file";
            yield return new Probe($"{name} multipart without boundary", method, path, () => Raw("--x\r\n", "multipart/form-data"), true);
            yield return new Probe($"{name} multipart with a wrong boundary", method, path,
                () => Raw($"--other\r\nContent-Disposition: form-data; name=\"{part}\"; filename=\"a\"\r\n\r\nabc\r\n--other--\r\n",
                    "multipart/form-data; boundary=expected"), true);
            yield return new Probe($"{name} multipart cut short", method, path,
                () => Raw($"--b\r\nContent-Disposition: form-data; name=\"{part}\"; filename=\"a\"\r\n\r\nabc", "multipart/form-data; boundary=b"),
                true);
            yield return new Probe($"{name} form over the field-count limit", method, path,
                () => new FormUrlEncodedContent(Enumerable.Range(0, 2000).Select(i => KeyValuePair.Create($"f{i}", "v"))), true);
            yield break;
        }

        yield return new Probe($"{name} JSON cut short", method, path, () => Json("{\"name\": \"a"), true);
        yield return new Probe($"{name} a property twice", method, path, () => Json("{\"name\":\"a\",\"name\":\"b\"}"), true);
        yield return new Probe($"{name} a lone surrogate", method, path, () => Json("{\"name\":\"\\ud800\"}"), true);
        yield return new Probe($"{name} invalid UTF-8", method, path,
            () => Raw(new byte[] { 0x7B, 0x22, 0x6E, 0x22, 0x3A, 0x22, 0xFF, 0xFE, 0x22, 0x7D }, "application/json"), true);
        yield return new Probe($"{name} nested 200 deep", method, path,
            () => Json(new string('[', 200) + new string(']', 200)), true);
        yield return new Probe($"{name} application/jsonx", method, path, () => Raw("{}", "application/jsonx"));
        if (!wellFormedButWrong) yield break;
        foreach (var wrong in new JsonNode?[] { 12345, new JsonArray(1, 2), new JsonObject { ["x"] = new JsonArray() }, true, "" })
            yield return new Probe($"{name} every field {wrong?.ToJsonString() ?? "null"}", method, path,
                () => Json(EveryField(wrong).ToJsonString()));
        yield return new Probe($"{name} a JSON array", method, path, () => Json("[1,2,3]"));
    }

    // The fields the APIs read, all set to one value of a type most of them do not take.
    static JsonObject EveryField(JsonNode? value)
    {
        var fields = new[]
        {
            "name", "description", "backend_id", "shots", "input", "input_format", "input_params", "tags", "session_id", "mode", "ttl",
            "metadata", "provider", "accept_jobs", "email", "role", "organizationId", "token", "expiresAt", "limitMajor",
            "alertThresholdPercent", "read", "inputData", "parameters", "serviceDefinitionId", "principalId", "principalType",
            "permission", "title", "content", "url", "value", "type", "lifecycle", "userId", "applicationId", "serviceId",
            "planId", "fileName", "language", "sketch", "relation", "targetId", "repository", "branch", "key",
        };
        var body = new JsonObject();
        foreach (var field in fields) body[field] = value?.DeepClone();
        return body;
    }

    static string Fill(string template, Func<string, string> value) =>
        System.Text.RegularExpressions.Regex.Replace(template, @"\{([^}]+)\}", m => m.Groups[1].Value switch
        {
            "context" => "acme",
            "service" => "vqe",
            "version" => "1.0.0",
            var name => value(name),
        });

    static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    static async Task<(HttpResponseMessage Response, TimeSpan Took)> InviteAsync(HttpClient http, string organization, string email)
    {
        var watch = Stopwatch.StartNew();
        var response = await http.PostAsync("qc-catalog/users/invitations",
            Json(new JsonObject { ["organizationId"] = organization, ["email"] = email }.ToJsonString()));
        return (response, watch.Elapsed);
    }

    async Task<List<Answer>> SendAllAsync(List<Probe> probes)
    {
        using var hub = Http();
        hub.Timeout = TimeSpan.FromSeconds(30);
        using var gateway = Http(token: null);
        gateway.Timeout = TimeSpan.FromSeconds(30);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await GatewayTokenAsync());
        var answers = new ConcurrentBag<Answer>();
        await Parallel.ForEachAsync(probes, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (probe, token) =>
        {
            var client = probe.Path.StartsWith("gateway/", StringComparison.Ordinal) ? gateway : hub;
            using var request = new HttpRequestMessage(probe.Method, Raw(probe.Path)) { Content = probe.Body() };
            var watch = Stopwatch.StartNew();
            using var response = await client.SendAsync(request, token);
            var body = await response.Content.ReadAsStringAsync(token);
            answers.Add(new Answer(probe, response.StatusCode, body, watch.Elapsed));
        });
        return answers.ToList();
    }

    // What a dot segment could reach: the account, its tokens, its pools, organizations and applications.
    async Task<string> StateAsync()
    {
        using var http = Http();
        var parts = new List<string>();
        foreach (var path in new[] { "user-service/me", "user-service/me/personal-access-tokens", "qc-catalog/datapools",
                     "qc-catalog/organizations", "qc-catalog/v2/applications" })
        {
            var response = await http.GetAsync(path);
            parts.Add($"{path} {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        return string.Join("\n", parts);
    }

    async Task<string> GatewayTokenAsync()
    {
        using var http = Http(token: null);
        var response = await http.PostAsync("gateway/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = EmulatorOptions.DevGatewayKey,
            ["client_secret"] = EmulatorOptions.DevGatewaySecret,
        }));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    static async Task<string> CreatedIdAsync(HttpClient http, string path, JsonObject body)
    {
        var response = await http.PostAsync(path, Json(body.ToJsonString()));
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    static async Task<string> MessageAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["message"]!.GetValue<string>();

    static bool HasMessage(string body)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject o && (o["message"] ?? o["error_description"] ?? o["error"]) is JsonValue;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    static string Describe(Answer a) =>
        $"{a.Probe.Name}: {(int)a.Status} in {a.Took.TotalMilliseconds:0} ms {(a.Body.Length > 160 ? a.Body[..160] : a.Body)}";

    // As sent: HttpClient would otherwise resolve dot segments itself, and the emulator would never see them.
    Uri Raw(string path) => new(Root.AbsoluteUri + path, new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });

    static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    static HttpContent Raw(string text, string contentType) => Raw(Encoding.UTF8.GetBytes(text), contentType);

    static HttpContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
