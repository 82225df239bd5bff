using System.Diagnostics;
using System.Text;

namespace KipuHub.Benchmarks;

/// <summary>
/// The emulator's memory under a sustained concurrent load of good and hostile requests (creates, listings, bodies
/// that do not parse, dot-segment ids, broken multipart): its peak working set against its idle one, measured in the
/// same run. Bounded means the ratio stays small and the process ends the run as it began, answering.
/// </summary>
public static class EmulatorLoadBenchmark
{
    public static async Task RunAsync(TimeSpan? duration = null, int clients = 200)
    {
        var length = duration ?? TimeSpan.FromSeconds(30);
        using var emulator = EmulatorProcess.Start("--job-pending-ms", "50", "--job-running-ms", "50");
        using var http = new HttpClient { BaseAddress = emulator.Root, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Auth-Token", KipuHub.Emulator.EmulatorOptions.DevToken);
        await Task.Delay(1000);
        var idle = emulator.WorkingSet;

        var peak = idle;
        var requests = 0L;
        var serverErrors = 0L;
        var slowest = TimeSpan.Zero;
        using var stop = new CancellationTokenSource(length);
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peak = Math.Max(peak, emulator.WorkingSet);
                await Task.Delay(100);
            }
        });
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var i = client; !stop.IsCancellationRequested; i += clients)
            {
                using var request = Request(i, emulator.Root);
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.SendAsync(request, CancellationToken.None);
                    await response.Content.ReadAsByteArrayAsync();
                    if ((int)response.StatusCode >= 500) Interlocked.Increment(ref serverErrors);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref serverErrors);
                }
                Interlocked.Increment(ref requests);
                if (clock.Elapsed > slowest) slowest = clock.Elapsed;
            }
        })));
        await sampler;
        await Task.Delay(1000);
        var after = emulator.WorkingSet;

        Report.Table($"Emulator memory under {clients} concurrent clients for {length.TotalSeconds:0} s (baseline: idle, same run)",
            new[] { "Measure", "Value", "Ratio to idle" },
            new[]
            {
                new[] { "Idle working set", Report.MiB(idle), "1.000x" },
                new[] { "Peak working set", Report.MiB(peak), Report.Ratio(peak, idle) },
                new[] { "Working set after", Report.MiB(after), Report.Ratio(after, idle) },
                new[] { "Requests (5xx or failed)", $"{requests:N0} ({serverErrors})", "" },
                new[] { "Slowest answer", $"{slowest.TotalMilliseconds:0} ms", "" },
            });
    }

    // One of each kind in turn: what a busy client and a careless or hostile one send.
    static HttpRequestMessage Request(int i, Uri root) => (i % 8) switch
    {
        0 => Json(HttpMethod.Post, "quantum/jobs",
            "{\"backend_id\":\"aws.sim.sv1\",\"shots\":10,\"input\":{\"gateset\":\"qis\",\"qubits\":2,\"circuit\":[{\"type\":\"h\",\"targets\":[0]}]}}"),
        1 => new HttpRequestMessage(HttpMethod.Get, "quantum/jobs?page=0&size=20"),
        2 => Json(HttpMethod.Post, "qc-catalog/datapools", "{\"name\":\"a\",\"name\":\"b\"}"),
        3 => Json(HttpMethod.Post, "quantum/jobs", "{\"backend_id\":\"\\ud800\",\"shots\":"),
        // As sent, not resolved by HttpClient: the emulator must see the dot segment.
        4 => new HttpRequestMessage(HttpMethod.Delete, new Uri(root.AbsoluteUri + "user-service/me/personal-access-tokens/%2E%2E",
            new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true })),
        5 => Multipart(),
        6 => new HttpRequestMessage(HttpMethod.Get, "quantum/jobs?page=2147483647&size=1000"),
        _ => Json(HttpMethod.Post, "qc-catalog/datapools", "{\"name\":" + new string('1', 20_000) + "}"),
    };

    static HttpRequestMessage Json(HttpMethod method, string path, string body) =>
        new(method, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    static HttpRequestMessage Multipart()
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"\r\n\r\nabc"));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=b");
        return new HttpRequestMessage(HttpMethod.Put, "user-service/me/profile-image") { Content = content };
    }
}
