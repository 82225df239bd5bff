using System.Diagnostics;
using System.Net.Http.Json;
using KipuHub.Client.Quantum;

namespace KipuHub.Benchmarks;

/// <summary>
/// Listing 10,000 jobs through the pager (what Get-QHubJob -All uses): time to the first job against one page
/// fetched alone, time to the last, and memory on the way; interleaved, the emulator out of process.
/// </summary>
public static class ListingBenchmark
{
    public static async Task RunAsync(int jobs = 10_000, int pageSize = 100)
    {
        using var emulator = EmulatorProcess.Start();
        await SeedAsync(emulator, "org-list", jobs);
        using var client = emulator.Client("org-list");

        var onePage = new Samples();
        var first = new Samples();
        var all = new Samples();
        long managed = 0;
        var pages = 0;
        await Interleaved.RunAsync(Interleaved.Runs,
            async measured =>
            {
                var clock = Stopwatch.StartNew();
                var page = await client.Jobs.SearchJobsAsync(0, pageSize);
                if (measured) onePage.Add(clock.Elapsed.TotalMilliseconds);
                if (page.Items.Count != pageSize) throw new InvalidOperationException($"One page held {page.Items.Count} jobs.");
            },
            async measured =>
            {
                var watch = new MemoryWatch();
                var clock = Stopwatch.StartNew();
                var pager = client.Jobs.ListJobs(pageSize);
                await pager.MoveNextAsync();
                var toFirst = clock.Elapsed.TotalMilliseconds;
                var count = 1;
                while (await pager.MoveNextAsync()) count++;
                var toAll = clock.Elapsed.TotalMilliseconds;
                await watch.DisposeAsync();
                if (count != jobs) throw new InvalidOperationException($"Listed {count} of {jobs} jobs.");
                if (!measured) return;
                first.Add(toFirst);
                all.Add(toAll);
                managed = Math.Max(managed, watch.ManagedGrowth);
                pages = pager.PagesFetched;
            });

        Report.Table($"Listing {jobs:N0} jobs, pages of {pageSize} (median and min–max over {Interleaved.Runs} interleaved runs each)",
            new[] { "measure", "value", "baseline: one page alone", "ratio (medians)" }, new[]
            {
                new[] { "time to the first job", first.Text("0.0", "ms"), onePage.Text("0.0", "ms"), Report.Ratio(first.Median, onePage.Median) },
                new[] { $"time to all {jobs:N0} jobs ({pages} pages)", all.Text("0", "ms"), "", "" },
                new[] { "peak managed memory growth while enumerating (max)", Report.MiB(managed), "", "" },
            });
    }

    /// <summary>Jobs made through the API, a few requests at a time.</summary>
    public static async Task SeedAsync(EmulatorProcess emulator, string organization, int jobs)
    {
        using var raw = emulator.RawClient(organization);
        var body = new { backend_id = "aws.sim.sv1", shots = 1, input_format = "IONQ_CIRCUIT_V1", input = new { gateset = "qis", qubits = 1, circuit = Array.Empty<object>() } };
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= jobs)
                (await raw.PostAsJsonAsync("jobs", body)).EnsureSuccessStatusCode();
        }));
    }
}
