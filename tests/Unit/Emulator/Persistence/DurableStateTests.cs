using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Persistence;

/// <summary>
/// With a data file, every resource of every API outlives the emulator: a restart answers every documented read the
/// same, and the tokens, credentials and ids made before it go on working.
/// </summary>
public sealed class DurableStateTests : IDisposable
{
    const string SecondToken = "second-user-token-000000";
    readonly string folder = Directory.CreateTempSubdirectory("kqh-state-").FullName;

    string DataFile => Path.Combine(folder, "state.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_documented_read_answers_the_same_after_a_restart()
    {
        Dictionary<string, string> ids;
        Dictionary<string, string> before, again;
        await using (var first = await StartAsync())
        {
            ids = await SeedEverythingAsync(first);
            before = await ReadEverythingAsync(first, ids);
            again = await ReadEverythingAsync(first, ids);
        }

        await using var second = await StartAsync();
        var after = await ReadEverythingAsync(second, ids);

        // A read that changes with the clock alone (a balance's updatedAt, an error's timestamp) is held to its status only.
        var stable = before.Keys.Where(path => before[path] == again[path]).ToList();
        Assert.Empty(stable.Where(path => after[path] != before[path]).Select(path => $"{path}\n  before: {Cut(before[path])}\n" +
            $"  after:  {Cut(after[path])}"));
        Assert.DoesNotContain(before.Keys.Except(stable), path => Status(after[path]) != Status(before[path]));
        Assert.All(before.Keys.Except(stable).Where(path => Status(before[path]) == 200), path => Assert.Contains("billing/", path));
        // Reads that need a query or do not apply (a workflow service has no build) answer 4xx alike before and after.
        var found = stable.Count(path => Status(before[path]) == 200);
        Assert.True(found > 70, $"only {found} reads found what the seed made:\n" +
            string.Join("\n", before.Where(read => Status(read.Value) != 200).Select(read => $"{read.Key}: {Cut(read.Value)}")));
    }

    [Fact]
    public async Task Tokens_and_credentials_made_before_a_restart_work_after_it()
    {
        string token, key, secret, oldDefault = EmulatorOptions.DevToken;
        await using (var first = await StartAsync())
        {
            using var http = Http(first);
            token = (await PostAsync(http, "user-service/me/personal-access-tokens", new JsonObject { ["name"] = "kept" }))["token"]!
                .GetValue<string>();
            var application = await PostAsync(http, "qc-catalog/v2/applications", new JsonObject { ["name"] = "kept-app" });
            var credentials = await PostAsync(http, $"qc-catalog/v2/applications/{application["id"]}/credentials/regenerate", null);
            (key, secret) = (credentials["consumerKey"]!.GetValue<string>(), credentials["consumerSecret"]!.GetValue<string>());
            await PostAsync(http, "user-service/me/personal-access-tokens/default/regenerate", new JsonObject());
        }

        await using var second = await StartAsync();
        using var kept = Http(second, token);
        Assert.Equal(HttpStatusCode.OK, (await kept.GetAsync("user-service/me")).StatusCode);
        using var replaced = Http(second, oldDefault);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replaced.GetAsync("user-service/me")).StatusCode);
        using var gateway = Http(second, token: null);
        var issued = await gateway.PostAsync("gateway/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = key,
            ["client_secret"] = secret,
        }));
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
    }

    [Fact]
    public async Task No_token_that_works_is_kept_in_the_data_file()
    {
        string personal, gatewayToken;
        await using (var host = await StartAsync())
        {
            using var http = Http(host);
            personal = (await PostAsync(http, "user-service/me/personal-access-tokens", new JsonObject { ["name"] = "t" }))["token"]!
                .GetValue<string>();
            gatewayToken = await GatewayTokenAsync(host);
            var organization = await PostAsync(http, "qc-catalog/organizations", new JsonObject { ["name"] = "token-org" });
            await PutAsync(http, $"qc-catalog/organizations/{organization["id"]}/provider-tokens/IBM",
                new JsonObject { ["token"] = "ibm-real-token-AAAA1111" });
            await PutAsync(http, "qc-catalog/users/me/provider-tokens/AWS", new JsonObject { ["token"] = "aws-real-token-BBBB2222" });
            await PostAsync(http, "qc-catalog/git-integrations",
                new JsonObject { ["name"] = "git", ["url"] = "https://example.com/r.git", ["token"] = "ghp-real-token-CCCC3333" });
            var listed = await http.GetStringAsync("qc-catalog/users/me/provider-tokens");
            Assert.Contains("2222", listed);
        }

        var stored = string.Concat(Directory.GetFiles(folder).Select(f => Encoding.UTF8.GetString(File.ReadAllBytes(f))));
        Assert.Contains("token-org", stored);
        Assert.DoesNotContain("real-token", stored);
        foreach (var token in new[] { personal, gatewayToken, EmulatorOptions.DevToken, SecondToken }) Assert.DoesNotContain(token, stored);
    }

    [Fact]
    public async Task Every_answered_write_survives_a_kill_in_the_middle_of_a_burst_of_them()
    {
        var port = TestClients.FreePort();
        var root = new Uri($"http://127.0.0.1:{port}/");
        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<string>();
        using (var emulator = await StartProcessAsync(root))
        {
            using var killed = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
            {
                using var http = new HttpClient { BaseAddress = root };
                http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
                for (var i = 0; !killed.IsCancellationRequested; i++)
                {
                    var (path, body) = i % 2 == 0
                        ? ("quantum/jobs", new JsonObject { ["backend_id"] = "aws.sim.sv1", ["shots"] = 1, ["input"] = new JsonObject() })
                        : ("qc-catalog/datapools", new JsonObject { ["name"] = $"burst-{writer}-{i}" });
                    try
                    {
                        using var response = await http.PostAsync(path, Json(body), killed.Token);
                        if (response.IsSuccessStatusCode)
                            acknowledged.Add($"{path}/{JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]}");
                    }
                    catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
                    {
                        return;
                    }
                }
            })).ToList();
            for (var waited = 0; acknowledged.Count < 300; waited++)
            {
                Assert.True(waited < 3000, $"only {acknowledged.Count} writes were answered in 30 s");
                await Task.Delay(10);
            }

            emulator.Kill(entireProcessTree: true);
            await emulator.WaitForExitAsync();
            killed.Cancel();
            await Task.WhenAll(writers);
        }

        await using var restarted = await StartAsync();
        using var http = Http(restarted);
        var lost = new List<string>();
        foreach (var resource in acknowledged)
            if ((await http.GetAsync(resource)).StatusCode != HttpStatusCode.OK) lost.Add(resource);
        Assert.Empty(lost);
    }

    async Task<System.Diagnostics.Process> StartProcessAsync(Uri root)
    {
        var emulator = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "KipuHub.Emulator.dll"), "--urls", root.ToString().TrimEnd('/'),
                "--data", DataFile },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        emulator.OutputDataReceived += (_, _) => { };
        emulator.BeginOutputReadLine();
        using var http = new HttpClient { BaseAddress = root };
        for (var waited = 0; waited < 300; waited++)
        {
            try
            {
                if ((await http.GetAsync("")).IsSuccessStatusCode) return emulator;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(100);
        }
        emulator.Kill(entireProcessTree: true);
        throw new TimeoutException($"the emulator did not start on {root}: {await emulator.StandardError.ReadToEndAsync()}");
    }

    [Fact]
    public async Task A_file_that_is_not_an_emulator_database_is_a_clear_error_and_is_left_as_it_was()
    {
        File.WriteAllText(DataFile, "{ \"jobs\": [] }");

        var error = await Assert.ThrowsAsync<InvalidDataException>(StartAsync);

        Assert.Contains(DataFile, error.Message);
        Assert.Equal("{ \"jobs\": [] }", File.ReadAllText(DataFile));
    }

    [Fact]
    public async Task A_row_this_emulator_cannot_read_is_a_clear_error_naming_it()
    {
        await using (var host = await StartAsync())
        {
            using var http = Http(host);
            await PostAsync(http, "qc-catalog/organizations", new JsonObject { ["name"] = "readable" });
        }
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DataFile};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO rows (collection, key, json) VALUES ('organizations', 'org-broken', '{\"Id\": 42')";
            command.ExecuteNonQuery();
        }

        var error = await Assert.ThrowsAsync<InvalidDataException>(StartAsync);

        Assert.Contains("organizations row 'org-broken'", error.Message);
        // Moving the file away is the way out; on Windows this delete fails if the emulator that did not start kept it open.
        File.Delete(DataFile);
        await using var fresh = await StartAsync();
    }

    [Fact]
    public async Task Without_a_data_file_nothing_is_written()
    {
        await using (var host = await EmulatorHost.StartAsync(Options(dataFile: null)))
        {
            using var http = Http(host);
            await PostAsync(http, "qc-catalog/datapools", new JsonObject { ["name"] = "in-memory" });
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    Task<EmulatorHost> StartAsync() => EmulatorHost.StartAsync(Options(DataFile));

    static EmulatorOptions Options(string? dataFile)
    {
        var options = new EmulatorOptions
        {
            DataFile = dataFile,
            JobPendingDuration = TimeSpan.FromMilliseconds(20),
            JobRunningDuration = TimeSpan.FromMilliseconds(20),
            CancelDuration = TimeSpan.FromMilliseconds(20),
            ExecutionRunningDuration = TimeSpan.FromMilliseconds(20),
        };
        options.Tokens[SecondToken] = new EmulatorUser("user-2", "second@emulator.local", "Second User");
        return options;
    }

    /// <summary>One of everything the four APIs keep, made through the APIs; the ids, by the name a route's parameter has.</summary>
    static async Task<Dictionary<string, string>> SeedEverythingAsync(EmulatorHost host)
    {
        using var http = Http(host);
        using var second = Http(host, SecondToken);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        async Task<string> Create(string key, string path, JsonObject? body) =>
            ids[key] = (await PostAsync(http, path, body))["id"]!.GetValue<string>();

        var circuit = new JsonObject
        {
            ["gateset"] = "qis",
            ["qubits"] = 2,
            ["circuit"] = new JsonArray(new JsonObject { ["gate"] = "h", ["target"] = 0 },
                new JsonObject { ["gate"] = "cnot", ["control"] = 0, ["target"] = 1 }),
        };
        await Create("sessions", "quantum/sessions", new JsonObject
        {
            ["backend_id"] = "aws.sim.sv1",
            ["provider"] = "AWS",
            ["mode"] = "batch"
        });
        await Create("jobs", "quantum/jobs", new JsonObject
        {
            ["backend_id"] = "aws.sim.sv1",
            ["shots"] = 50,
            ["input"] = circuit,
            ["session_id"] = ids["sessions"],
            ["name"] = "kept",
        });
        await PostAsync(http, $"quantum/sessions/{ids["sessions"]}/close", null);
        ids["backends"] = "aws.sim.sv1";

        await Create("datapools", "qc-catalog/datapools", new JsonObject { ["name"] = "kept-pool" });
        await PutAsync(http, $"qc-catalog/datapools/{ids["datapools"]}", new JsonObject { ["description"] = "changed" });
        ids["fileId"] = (await SendAsync(http, HttpMethod.Post, $"qc-catalog/datapools/{ids["datapools"]}/files",
            Upload("file", "data.csv", "text/csv", "a,b\n1,2\n"u8.ToArray())))["id"]!.GetValue<string>();

        await Create("organizations", "qc-catalog/organizations", new JsonObject { ["name"] = "kept-org" });
        await PostAsync(http, $"qc-catalog/organizations/{ids["organizations"]}/members",
            new JsonObject { ["userId"] = "user-ada", ["role"] = "MAINTAINER" });
        await PutAsync(http, $"qc-catalog/organizations/{ids["organizations"]}/provider-tokens/IBM",
            new JsonObject { ["token"] = "org-token-1234" });
        await PutAsync(http, "qc-catalog/users/me/provider-tokens/AWS", new JsonObject { ["token"] = "user-token-5678" });
        var invitation = await PostAsync(http, "qc-catalog/users/invitations",
            new JsonObject { ["organizationId"] = ids["organizations"], ["email"] = "second@emulator.local", ["role"] = "VIEWER" });
        await PostAsync(second, $"qc-catalog/users/invitations/{invitation["id"]}/accept", null);
        await PostAsync(http, "qc-catalog/users/invitations",
            new JsonObject { ["organizationId"] = ids["organizations"], ["email"] = "pending@example.com", ["role"] = "OWNER" });

        await Create("applications", "qc-catalog/v2/applications", new JsonObject { ["name"] = "kept-app" });
        ids["apis"] = "listing-vqe";
        await Create("subscriptions", "qc-catalog/subscriptions",
            new JsonObject { ["applicationId"] = ids["applications"], ["serviceId"] = "service-vqe" });

        var service = await PostAsync(http, "qc-catalog/workflow-services", new JsonObject
        {
            ["name"] = "kept-flow",
            ["description"] = "d"
        });
        ids["services"] = ids["serviceId"] = service["id"]!.GetValue<string>();
        ids["versionId"] = service["serviceDefinitions"]![0]!["id"]!.GetValue<string>();
        await SendAsync(http, HttpMethod.Put, $"qc-catalog/workflow-services/{ids["serviceId"]}/versions/{ids["versionId"]}/workflow-model",
            new StringContent("<definitions/>", Encoding.UTF8, "text/plain"));
        await PostAsync(http, $"qc-catalog/services/{ids["serviceId"]}/versions/{ids["versionId"]}/publish", null);
        await PostAsync(http, $"qc-catalog/services/{ids["serviceId"]}/shares",
            new JsonObject { ["principalType"] = "USER", ["principalId"] = "user-2", ["permission"] = "VIEWER" });
        await PostAsync(http, $"qc-catalog/datapools/{ids["datapools"]}/grants", new JsonObject { ["serviceId"] = ids["serviceId"] });
        await PostAsync(http, $"qc-catalog/datapools/{ids["datapools"]}/shares",
            new JsonObject { ["principalType"] = "ORGANIZATION", ["principalId"] = ids["organizations"], ["permission"] = "MAINTAINER" });
        ids["service-jobs"] = ids["service-executions"] = (await PostAsync(http, "qc-catalog/service-jobs",
            new JsonObject { ["serviceDefinitionId"] = ids["versionId"], ["inputData"] = "{\"x\": 1}" }))["id"]!.GetValue<string>();

        await Create("algorithms", "qc-catalog/algorithms", new JsonObject { ["name"] = "kept-algorithm", ["summary"] = "s" });
        await PostAsync(http, $"qc-catalog/algorithms/{ids["algorithms"]}/sketches", new JsonObject { ["title"] = "sketch" });
        await SendAsync(http, HttpMethod.Put, $"qc-catalog/algorithms/{ids["algorithms"]}/permissions",
            Json(new JsonObject { ["principalType"] = "USER", ["principalId"] = "user-2", ["permission"] = "VIEWER" }));
        await Create("implementations", "qc-catalog/implementations",
            new JsonObject { ["name"] = "kept-implementation", ["algorithmId"] = ids["algorithms"] });
        await Create("use-cases", "qc-catalog/use-cases", new JsonObject { ["title"] = "kept-use-case" });
        await Create("git-integrations", "qc-catalog/git-integrations",
            new JsonObject { ["name"] = "kept-git", ["url"] = "https://example.com/r.git", ["token"] = "git-secret" });
        await PutAsync(http, "qc-catalog/billing/budget", new JsonObject
        {
            ["limitMajor"] = new JsonObject { ["value"] = 25.5, ["currency"] = "USD" },
            ["alertThresholdPercent"] = 80,
        });

        await PutAsync(http, "user-service/me", new JsonObject { ["about"] = "kept about", ["homepage"] = "https://example.com" });
        await SendAsync(http, HttpMethod.Put, "user-service/me/profile-image",
            Upload("file", "me.png", "image/png", new byte[] { 137, 80, 78, 71 }));
        ids["users"] = "user-dev";

        var gatewayToken = await GatewayTokenAsync(host);
        using var gateway = Http(host, token: null);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", gatewayToken);
        ids["gateway-token"] = gatewayToken;
        ids["id"] = (await PostAsync(gateway, "gateway/acme/vqe/1.0.0", new JsonObject { ["data"] = 1 }))["id"]!.GetValue<string>();

        await WaitUntilDoneAsync(http, ids["jobs"]);
        var notifications = (await http.GetFromJsonNodeAsync("qc-catalog/notifications"))["content"]!.AsArray();
        ids["notifications"] = notifications.First(n => n!["category"]!.GetValue<string>() == "JOB")!["id"]!.GetValue<string>();
        await PutAsync(http, $"qc-catalog/notifications/{ids["notifications"]}", new JsonObject { ["read"] = true });
        await SendAsync(http, HttpMethod.Delete, "qc-catalog/notifications/welcome", null);
        await Task.Delay(100); // the gateway execution and the service job end
        return ids;
    }

    /// <summary>Every GET the emulator's documents list whose route parameters the seed has ids for: status and body.</summary>
    static async Task<Dictionary<string, string>> ReadEverythingAsync(EmulatorHost host, Dictionary<string, string> ids)
    {
        using var http = Http(host);
        using var gateway = Http(host, token: null);
        gateway.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ids["gateway-token"]);
        var reads = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var api in new[] { "quantum", "qc-catalog", "user-service", "gateway" })
        {
            var document = OpenApiDocument.Parse(await http.GetStringAsync($"{api}/docs"));
            foreach (var operation in document.Operations.Where(o => o.Method == "GET" &&
                !o.Path.EndsWith("/docs", StringComparison.Ordinal)))
            {
                if (Fill(api + operation.Path, ids) is not { } path) continue;
                var client = api == "gateway" ? gateway : http;
                using var response = await client.GetAsync(path);
                // Each start listens on a port of its own: the links in the answers name it.
                var body = (await response.Content.ReadAsStringAsync()).Replace(host.RootUrl.Authority, "{root}");
                reads[path] = $"{(int)response.StatusCode} {body}";
            }
        }
        return reads;
    }

    // "qc-catalog/datapools/{id}/files/{fileId}": {id} by the segment before it, other parameters by their name.
    static string? Fill(string template, Dictionary<string, string> ids)
    {
        var missing = false;
        var path = Regex.Replace(template, @"([^/]+)/\{([^}]+)\}", m =>
        {
            var (segment, parameter) = (m.Groups[1].Value, m.Groups[2].Value);
            var value = parameter switch
            {
                "context" => "acme",
                "service" => "vqe",
                "version" => "1.0.0",
                "file" => "output.json",
                "id" => ids.GetValueOrDefault(segment.StartsWith('{') ? "id" : segment),
                _ => ids.GetValueOrDefault(parameter),
            };
            missing |= value is null;
            return $"{segment}/{value}";
        });
        path = Regex.Replace(path, @"\{(context|service|version)\}", m => m.Value switch
        {
            "{context}" => "acme",
            "{service}" => "vqe",
            _ => "1.0.0",
        });
        return missing || path.Contains('{') ? null : path;
    }

    static async Task WaitUntilDoneAsync(HttpClient http, string job)
    {
        for (var i = 0; i < 200; i++)
        {
            if ((await http.GetAsync($"quantum/jobs/{job}/result")).StatusCode == HttpStatusCode.OK) return;
            await Task.Delay(25);
        }
        throw new TimeoutException($"job {job} did not complete");
    }

    static async Task<string> GatewayTokenAsync(EmulatorHost host)
    {
        using var http = Http(host, token: null);
        var response = await http.PostAsync("gateway/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = EmulatorOptions.DevGatewayKey,
            ["client_secret"] = EmulatorOptions.DevGatewaySecret,
        }));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["access_token"]!.GetValue<string>();
    }

    static HttpClient Http(EmulatorHost host, string? token = EmulatorOptions.DevToken)
    {
        var http = new HttpClient { BaseAddress = host.RootUrl };
        if (token is not null) http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        return http;
    }

    static Task<JsonObject> PostAsync(HttpClient http, string path, JsonObject? body) =>
        SendAsync(http, HttpMethod.Post, path, body is null ? null : Json(body));

    static Task<JsonObject> PutAsync(HttpClient http, string path, JsonObject body) => SendAsync(http, HttpMethod.Put, path, Json(body));

    static async Task<JsonObject> SendAsync(HttpClient http, HttpMethod method, string path, HttpContent? content)
    {
        using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = content });
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {path}: {(int)response.StatusCode} {text}");
        return text.Length > 0 && JsonNode.Parse(text) is JsonObject json ? json : new JsonObject();
    }

    static StringContent Json(JsonObject body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    static MultipartFormDataContent Upload(string part, string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(type);
        return new MultipartFormDataContent { { file, part, name } };
    }

    static int Status(string read) => int.Parse(read[..3]);

    static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;
}

static class JsonReads
{
    public static async Task<JsonNode> GetFromJsonNodeAsync(this HttpClient http, string path) =>
        JsonNode.Parse(await http.GetStringAsync(path))!;
}
