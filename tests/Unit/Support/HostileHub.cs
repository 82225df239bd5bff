using System.Text.Json;
using System.Text.RegularExpressions;

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// A Hub that answers what an attacker (or a broken proxy, or a Hub bug) would: over real HTTP on loopback, it lists
/// jobs and result files with the names a test gives it (traversal, rooted, device names), serves their contents, and
/// lets a test replace any answer (endless pages, huge or compressed bodies, echoed tokens, redirects). Everything it
/// does not know is a 404 in the Hub's error shape. The requests it saw are recorded.
/// </summary>
public sealed class HostileHub : IAsyncDisposable
{
    readonly RecordingServer server;

    HostileHub(RecordingServer server)
    {
        this.server = server;
        server.Fallback = Answer;
    }

    /// <summary>Where its one service's gateway is, under the root.</summary>
    public const string ServicePath = "/gateway/acme/svc/1.0.0";

    public Uri Root => server.BaseUrl;
    public string Endpoint => Root.ToString().TrimEnd('/');
    public IReadOnlyList<RecordedRequest> Requests => server.Requests;

    /// <summary>The ids the job listing shows; each job is COMPLETED and its result is <see cref="ResultOf"/>.</summary>
    public IReadOnlyList<string> JobIds { get; set; } = Array.Empty<string>();

    /// <summary>The names of every service execution's result files; each file holds its name.</summary>
    public IReadOnlyList<string> ResultFileNames { get; set; } = Array.Empty<string>();

    /// <summary>Answers a test puts before the hostile Hub's own: null lets the request through to them.</summary>
    public Func<RecordedRequest, Reply?>? Override { get; set; }

    public static string ResultOf(string id) => JsonSerializer.Serialize(new { job = id, counts = new { _00 = 1 } });

    public static async Task<HostileHub> StartAsync() => new(await RecordingServer.StartAsync());

    Reply Answer(RecordedRequest request)
    {
        if (Override?.Invoke(request) is { } replaced) return replaced;
        var path = request.RawTarget.Split('?')[0];
        if (request.Method != "GET") return NotFound();
        if (path == "/quantum/jobs") return Reply.Ok(Page(JobIds.Select(Job)));
        if (Match(path, "^/quantum/jobs/([^/]+)$") is { } id) return Reply.Ok(Job(id));
        if (Match(path, "^/quantum/jobs/([^/]+)/result-stream$") is { } resultOf) return new Reply(Bytes: System.Text.Encoding.UTF8.GetBytes(ResultOf(resultOf)));
        if (Match(path, $"^{ServicePath}/([^/]+)$") is { } execution) return Reply.Ok(Execution(execution));
        if (Match(path, $"^{ServicePath}/[^/]+/result$") is not null) return Reply.Ok(Result());
        if (Match(path, $"^{ServicePath}/[^/]+/result/([^/]+)$") is { } file) return new Reply(Bytes: System.Text.Encoding.UTF8.GetBytes(file));
        return NotFound();
    }

    static Reply NotFound() => Reply.WithStatus(404, """{"status":404,"message":"Not found."}""");

    static string? Match(string path, string pattern) =>
        Regex.Match(path, pattern) is { Success: true } m ? Uri.UnescapeDataString(m.Groups[m.Groups.Count > 1 ? 1 : 0].Value) : null;

    static string Page(IEnumerable<string> items)
    {
        var content = items.ToList();
        return $$"""{"content":[{{string.Join(",", content)}}],"page":0,"size":{{content.Count}},"total_elements":{{content.Count}},"total_pages":1,"last":true}""";
    }

    static string Job(string id) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["id"] = id,
        ["status"] = "COMPLETED",
        ["backend_id"] = "aws.sim.sv1",
        ["shots"] = 1,
        ["provider"] = "AWS",
    });

    static string Execution(string id) => JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["status"] = "SUCCEEDED" });

    string Result() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["_links"] = ResultFileNames.ToDictionary(n => n, n => (object)new Dictionary<string, string> { ["href"] = "files/" + n }),
    });

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
