using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Gateway;

/// <summary>
/// The service gateway: /gateway/token (OAuth2 client credentials) and each service's API under
/// /gateway/{context}/{service}/{version}, authenticated with the bearer tokens it issued. Speaks camelCase and HAL.
/// </summary>
public sealed class GatewayApi(EmulatorOptions options, TimeProvider clock, StateLog state)
{
    const string Api = "gateway";
    const string ServiceApi = "gateway-service";
    static readonly TimeSpan TokenLifetime = TimeSpan.FromHours(1);
    readonly DurableMap<IssuedToken> tokens = new(state, "gateway-tokens");
    readonly DurableMap<ExecutionRecord> executions = new(state, "gateway-executions");

    sealed record IssuedToken(string Client, DateTimeOffset Expires);

    public IReadOnlyCollection<ExecutionRecord> Executions => executions.Values.ToList();

    /// <summary>The executions a consumer key started on a service (each "context/service/version" it runs at), as the gateway
    /// shows them.</summary>
    public IReadOnlyList<object> ExecutionsOf(string consumerKey, IReadOnlyCollection<string> service) =>
        executions.Values.Where(e => e.Client == consumerKey && service.Contains(e.Service)).OrderBy(e => e.CreatedAt).Select(Wire)
            .ToList();

    /// <summary>Whether a service runs at "context/service/version": the marketplace's and, once the Platform API is
    /// composed, the catalog's. Any other address is a 404, as on the Hub's gateway.</summary>
    public Func<string, bool> ServiceExists { get; set; } = key => Platform.Marketplace.SeededServiceIdOfKey(key) is not null;

    /// <summary>Whether a consumer key may call the service at "context/service/version" (else 403): alone, the gateway admits
    /// every credential it knows; the Platform API admits an application to what it is subscribed to.</summary>
    public Func<string, string, bool> Admits { get; set; } = (_, _) => true;

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var gateway = app.MapGroup("/gateway");
        registry.MapDocs(gateway, Api, "Service gateway (KipuHub emulator)");
        registry.Map(gateway, Api, "POST", "/token", "token", "OAuth2 client-credentials token", IssueTokenAsync,
            "application/x-www-form-urlencoded");

        // Each service documents its own API at {gateway URL}/docs, as the Hub's services do; /gateway/docs lists all.
        var service = gateway.MapGroup("/{context}/{service}/{version}");
        registry.MapDocs(service, ServiceApi, "Managed service (KipuHub emulator)");
        registry.Include(Api, ServiceApi, "/{context}/{service}/{version}");
        registry.Map(service, ServiceApi, "GET", "", "getServiceExecutions", "Executions of the service",
            (HttpContext c, string context, string service, string version) =>
            Authorized(c, client => Results.Json(executions.Values.Where(e => e.Client == client &&
                e.Service == Key(context, service, version)).OrderBy(e => e.CreatedAt).Select(Wire).ToList(), EmulatorJson.CamelCase)));
        registry.Map(service, ServiceApi, "POST", "", "startExecution", "Start an execution",
            async (HttpContext c, string context, string service, string version) =>
            await AuthorizedAsync(c, client => StartAsync(c, client, Key(context, service, version))));
        registry.Map(service, ServiceApi, "GET", "/{id}", "getStatus", "An execution's status", (HttpContext c, string id) =>
            WithExecution(c, id, e => Results.Json(Wire(e), EmulatorJson.CamelCase)));
        registry.Map(service, ServiceApi, "GET", "/{id}/result", "getResult", "The HAL result of a finished execution",
            (HttpContext c, string id) =>
            WithExecution(c, id, e => Result(c, e)));
        registry.Map(service, ServiceApi, "GET", "/{id}/result/{file}", "getResultFile", "One result file",
            (HttpContext c, string id, string file) =>
            WithExecution(c, id, e => ResultFile(c, e, file)));
        registry.Map(service, ServiceApi, "GET", "/{id}/log", "getLogs", "Log entries", (HttpContext c, string id) =>
            WithExecution(c, id, e => Results.Json(e.Log(clock.GetUtcNow()).Select(l =>
                new { message = l.Message, severity = l.Severity, timestamp = l.At }).ToList(), EmulatorJson.CamelCase)));
        registry.Map(service, ServiceApi, "PUT", "/{id}/cancel", "cancelExecution", "Cancel an execution", (HttpContext c, string id) =>
            WithExecution(c, id, e => Cancel(c, e)));
    }

    static readonly System.Text.Json.JsonSerializerOptions Relaxed =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    static string Key(string context, string service, string version) => $"{context}/{service}/{version}";

    async Task<IResult> IssueTokenAsync(HttpContext c)
    {
        string? key = null, secret = null;
        var authorization = c.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(authorization[6..].Trim())).Split(':', 2);
                (key, secret) = (pair[0], pair.Length > 1 ? pair[1] : null);
            }
            catch (FormatException)
            {
            }
        }
        if (c.Request.HasFormContentType)
        {
            var form = await RequestForm.ReadAsync(c);
            if (form["grant_type"] != "client_credentials")
                return Results.Json(new { error = "unsupported_grant_type" }, statusCode: 400);
            key ??= form["client_id"];
            secret ??= form["client_secret"];
        }
        if (key is null || secret is null || !options.GatewayCredentials.TryGetValue(key, out var expected) || expected != secret)
            return Results.Json(new { error = "invalid_client", error_description = "Unknown consumer key or wrong secret." },
                statusCode: 401);
        var (token, _) = IssueToken(key);
        return Results.Json(new
        {
            access_token = token,
            token_type = "Bearer",
            expires_in = (int)TokenLifetime.TotalSeconds,
            scope = "default"
        });
    }

    /// <summary>A bearer token for a consumer key, as /token gives (the Platform API hands them to applications too).</summary>
    public (string Token, DateTimeOffset ExpiresAt) IssueToken(string client)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(24)).ToLowerInvariant();
        var expires = clock.GetUtcNow() + TokenLifetime;
        tokens[SecretKey.Of(token)] = new IssuedToken(client, expires);
        return (token, expires);
    }

    async Task<IResult> StartAsync(HttpContext c, string client, string service)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
        if (body is null) return error!;
        var execution = Start(service, client, body);
        // The service SDK documents a Location header on the answer: the execution's own URL.
        var serviceUrl = $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}{c.Request.Path}".TrimEnd('/');
        c.Response.Headers.Location = $"{serviceUrl}/{execution.Id}";
        return Results.Json(Wire(execution), EmulatorJson.CamelCase, statusCode: 201);
    }

    /// <summary>A new execution of a service ("context/service/version") for a client: a consumer key, or the catalog's
    /// "job:{owner}".</summary>
    public ExecutionRecord Start(string service, string client, JsonObject input)
    {
        var now = clock.GetUtcNow();
        var execution = new ExecutionRecord
        {
            Id = Guid.NewGuid().ToString(),
            Service = service,
            Client = client,
            InputJson = input.ToJsonString(),
            Fails = ExecutionRecord.AsksToFail(input),
            CreatedAt = now,
            StartsAt = now + options.JobPendingDuration,
            EndsAt = now + options.JobPendingDuration + options.ExecutionRunningDuration,
        };
        executions[execution.Id] = execution;
        return execution;
    }

    public bool Remove(string id) => executions.TryRemove(id);

    public object Wire(ExecutionRecord e)
    {
        var now = clock.GetUtcNow();
        return new { id = e.Id, status = e.Status(now), createdAt = e.CreatedAt, startedAt = e.StartedAt(now), endedAt = e.EndedAt(now) };
    }

    IResult Result(HttpContext c, ExecutionRecord e)
    {
        var status = e.Status(clock.GetUtcNow());
        if (status is not ("SUCCEEDED" or "FAILED")) return ApiError.NotFound(c, $"Execution '{e.Id}' has no result: it is {status}.");
        var self = $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}{c.Request.Path}";
        var baseUrl = self[..^"/result".Length];
        var links = new JsonObject
        {
            ["self"] = new JsonObject { ["href"] = self },
            ["status"] = new JsonObject { ["href"] = baseUrl },
        };
        var files = e.Files();
        if (status == "SUCCEEDED")
            foreach (var file in files.Keys.Append(StreamedFile))
                links[file] = new JsonObject { ["href"] = $"{self}/{Uri.EscapeDataString(file)}" };
        var document = new JsonObject
        {
            ["_links"] = links,
            ["_embedded"] = new JsonObject
            {
                ["status"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(Wire(e),
                EmulatorJson.CamelCase))
            },
        };
        if (status == "SUCCEEDED") document["output"] = JsonNode.Parse(files["output.json"]);
        else document["error"] = "The service failed.";
        return Results.Text(document.ToJsonString(Relaxed), "application/hal+json");
    }

    // A result file large enough that a client holding it whole would show: written in blocks as it is sent.
    const string StreamedFile = "samples.bin";

    IResult ResultFile(HttpContext c, ExecutionRecord e, string file)
    {
        if (file == StreamedFile && e.Status(clock.GetUtcNow()) == "SUCCEEDED")
        {
            c.Response.ContentLength = options.ServiceResultFileBytes;
            return Results.Stream(async body =>
            {
                var block = new byte[64 * 1024];
                for (var i = 0; i < block.Length; i++) block[i] = (byte)(i % 251);
                for (var left = options.ServiceResultFileBytes; left > 0; left -= block.Length)
                    await body.WriteAsync(block.AsMemory(0, (int)Math.Min(block.Length, left)), c.RequestAborted);
            }, "application/octet-stream", file);
        }
        if (e.Status(clock.GetUtcNow()) != "SUCCEEDED" || !e.Files().TryGetValue(file, out var content))
            return ApiError.NotFound(c, $"Execution '{e.Id}' has no result file '{file}'.");
        var type = file.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/plain";
        return Results.File(Encoding.UTF8.GetBytes(content), type, file);
    }

    /// <summary>Cancels a running execution; 200 with it, or 409 when it has ended.</summary>
    public IResult Cancel(HttpContext c, ExecutionRecord e) => Cancel(c, e, Wire);

    public IResult Cancel(HttpContext c, ExecutionRecord e, Func<ExecutionRecord, object> wire)
    {
        // 200 with the execution, not 204: the official service SDK parses a ServiceExecution from the answer.
        var status = e.Status(clock.GetUtcNow());
        if (status == "CANCELLED") return Results.Json(wire(e), EmulatorJson.CamelCase);
        if (ExecutionRecord.IsFinal(status)) return ApiError.Conflict(c, $"Execution '{e.Id}' is already {status}.");
        executions.Update(e.Id, e, () => e.CancelledAt = clock.GetUtcNow());
        return Results.Json(wire(e), EmulatorJson.CamelCase);
    }

    IResult WithExecution(HttpContext c, string id, Func<ExecutionRecord, IResult> found) =>
        Authorized(c, client => executions.TryGetValue(id, out var e) && e.Client == client && e.Service == ServiceOf(c)
            ? found(e)
            : ApiError.NotFound(c, $"Execution '{id}' not found."));

    static string ServiceOf(HttpContext c) =>
        Key((string)c.Request.RouteValues["context"]!, (string)c.Request.RouteValues["service"]!,
            (string)c.Request.RouteValues["version"]!);

    IResult Authorized(HttpContext c, Func<string, IResult> then) => Refusal(c, out var client) ?? then(client!);

    async Task<IResult> AuthorizedAsync(HttpContext c, Func<string, Task<IResult>> then) =>
        Refusal(c, out var client) ?? await then(client!);

    // What a request to a service is refused with: no valid bearer token (401), no such service (404), or a caller not
    // subscribed to it (403); null to go on.
    IResult? Refusal(HttpContext c, out string? client)
    {
        client = ClientOf(c);
        if (client is null) return ApiError.Of(c, 401, "A valid bearer token from /gateway/token is required.");
        var service = ServiceOf(c);
        if (!ServiceExists(service)) return ApiError.NotFound(c, $"No service runs at {service}.");
        return Admits(service, client) ? null : ApiError.Of(c, 403,
            $"The application is not subscribed to the service at {service}: subscribe it to the service in the marketplace.");
    }

    string? ClientOf(HttpContext c)
    {
        var header = c.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return null;
        return tokens.Read(SecretKey.Of(header[7..].Trim())) is { } entry && entry.Expires > clock.GetUtcNow() ? entry.Client : null;
    }
}
