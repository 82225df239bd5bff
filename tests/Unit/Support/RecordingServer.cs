using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace KipuHub.Tests.Unit.Support;

/// <summary>A request as it arrived on the wire.</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public IReadOnlyList<string> QueryValues(string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).TryGetValue(name, out var values)
            ? values.Select(v => v ?? "").ToList()
            : Array.Empty<string>();
}

/// <summary>What the server does with one request.</summary>
public sealed record Reply(int Status = 200, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan? Delay = null, bool Abort = false, byte[]? Bytes = null)
{
    public static Reply Ok(string json) => new(200, json);
    public static Reply WithStatus(int status, string? json = null) => new(status, json);
    public static Reply ResetConnection() => new(Abort: true);
}

/// <summary>
/// A real HTTP server on a free loopback port that records every request and answers from a script:
/// the tests see the exact method, path, query, headers and body the client put on the wire.
/// </summary>
public sealed class RecordingServer : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentQueue<Reply> script = new();
    readonly ConcurrentQueue<RecordedRequest> requests = new();

    RecordingServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;
    public Func<RecordedRequest, Reply> Fallback { get; set; } = _ => Reply.Ok("{}");
    public IReadOnlyList<RecordedRequest> Requests => requests.ToList();
    public RecordedRequest Last => requests.Last();

    public static async Task<RecordingServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new RecordingServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.First());
        return server;
    }

    public RecordingServer Enqueue(params Reply[] replies)
    {
        foreach (var reply in replies) script.Enqueue(reply);
        return this;
    }

    async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var rawTarget = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        var recorded = new RecordedRequest(request.Method, rawTarget, request.Path.Value ?? "", request.QueryString.Value ?? "", headers, body);
        requests.Enqueue(recorded);

        var reply = script.TryDequeue(out var next) ? next : Fallback(recorded);
        if (reply.Delay is { } delay) await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { });
        if (reply.Abort)
        {
            context.Abort();
            return;
        }
        context.Response.StatusCode = reply.Status;
        foreach (var header in reply.Headers ?? new Dictionary<string, string>())
            context.Response.Headers[header.Key] = header.Value;
        if (reply.Bytes is not null)
        {
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = reply.Bytes.Length;
            await context.Response.Body.WriteAsync(reply.Bytes);
        }
        else if (reply.Json is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(reply.Json);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
