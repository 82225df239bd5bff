using System.Net;
using System.Text;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Quantum;

namespace KipuHub.Benchmarks;

/// <summary>
/// What following the live document costs the client: a route that is right, through a client that follows the
/// document and one told not to (nothing extra may be sent, nor measurably done); and a moved route once re-bound,
/// against a call of the documented route itself. The Hub is an in-process handler with canned answers, so that
/// only the client's own work is timed: a loopback call's noise is far larger than the difference looked for.
/// </summary>
public static class RouteBindingBenchmark
{
    const int Pairs = 20000;
    const int WarmUpCalls = 5000;
    const string SessionJson = """{"id":"s1","backend_id":"aws.sim.sv1","provider":"AWS","status":"OPEN","mode":"batch","tags":[],"created_at":"2026-12-01T10:00:00Z"}""";
    const string Document = """{"openapi":"3.1.0","info":{"title":"Quantum","version":"1"},"paths":{"/sessions/{id}":{"get":{"operationId":"getSession"}},"/sessions/{sessionId}/state":{"get":{"operationId":"getSessionStatus"}}}}""";

    public static async Task RunAsync()
    {
        using var hub = new CannedHub();
        using var following = new HubQuantumClient(Options(hub, follow: true));
        using var strict = new HubQuantumClient(Options(hub, follow: false));
        var documented = new Route("get_session_status", "GET", "sessions/{sessionId}/state", RouteEvidence.Given, RouteKind.Read);
        await following.Sessions.GetSessionStatusAsync("s1");
        if (hub.Requests("docs") != 1) throw new InvalidOperationException("The moved route was not re-bound.");

        var rows = new List<string[]>
        {
            await CompareAsync("get session (the table is right)", "FollowDocumentedRoutes off",
                () => strict.Sessions.GetSessionAsync("s1"), () => following.Sessions.GetSessionAsync("s1")),
            await CompareAsync("session status (moved, re-bound after its first call)", "the documented route, sent as it is",
                () => strict.Transport.SendAsync(new HubRequest(documented, "s1")), () => following.Sessions.GetSessionStatusAsync("s1")),
        };
        if (hub.Requests("docs") != 1) throw new InvalidOperationException("The document was read again.");
        Report.Table($"Following the live document: the client's own work per call (in-process Hub; median call of {Pairs} pairs, the two ways alternating)",
            new[] { "call", "baseline", "baseline is", "following the document", "ratio (medians)" }, rows);
    }

    // Paired: the two ways alternate call by call (which goes first alternates too), so that every slow spell of the
    // machine falls on both alike; the figures are the median calls of each way over all pairs.
    static async Task<string[]> CompareAsync(string name, string baselineIs, Func<Task> baseline, Func<Task> measured)
    {
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await baseline();
            await measured();
        }
        var baselineCalls = new Samples();
        var measuredCalls = new Samples();
        for (var i = 0; i < Pairs; i++)
        {
            if (i % 2 == 0)
            {
                baselineCalls.Add(await TimeAsync(baseline));
                measuredCalls.Add(await TimeAsync(measured));
            }
            else
            {
                measuredCalls.Add(await TimeAsync(measured));
                baselineCalls.Add(await TimeAsync(baseline));
            }
        }
        return new[]
        {
            name, $"{baselineCalls.Median:0.0} µs (p95 {baselineCalls.Percentile(0.95):0.0})", baselineIs,
            $"{measuredCalls.Median:0.0} µs (p95 {measuredCalls.Percentile(0.95):0.0})", Report.Ratio(measuredCalls.Median, baselineCalls.Median),
        };
    }

    static async Task<double> TimeAsync(Func<Task> call)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await call();
        return clock.Elapsed.TotalMilliseconds * 1000;
    }

    static HubClientOptions Options(CannedHub hub, bool follow) => new()
    {
        ApiKey = "kqh-benchmark-token",
        BaseUrl = new Uri("http://127.0.0.1:9/quantum"),
        HttpMessageHandler = hub,
        FollowDocumentedRoutes = follow,
    };

    /// <summary>A Quantum API whose document moved get_session_status to /sessions/{sessionId}/state.</summary>
    sealed class CannedHub : HttpMessageHandler
    {
        readonly Dictionary<string, int> counts = new();

        public int Requests(string last) { lock (counts) return counts.GetValueOrDefault(last); }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri!.AbsolutePath;
            var last = path.Substring(path.LastIndexOf('/') + 1);
            lock (counts) counts[last] = counts.GetValueOrDefault(last) + 1;
            var (status, body) = last switch
            {
                "docs" => (HttpStatusCode.OK, Document),
                "status" => (HttpStatusCode.NotFound, """{"message":"No such route."}"""),
                "state" => (HttpStatusCode.OK, """{"status":"OPEN"}"""),
                _ => (HttpStatusCode.OK, SessionJson),
            };
            return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json"), RequestMessage = request });
        }
    }
}
