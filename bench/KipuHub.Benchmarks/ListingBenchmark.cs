using System.Diagnostics;
using KipuHub.Client.Quantum;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Benchmarks;

/// <summary>Listing 10,000 jobs through the pager: time to the first item, to the last, and memory on the way.</summary>
public static class ListingBenchmark
{
    public static async Task RunAsync(int jobs = 10_000, int pageSize = 100)
    {
        await using var emulator = await BenchEmulator.StartAsync();
        var now = DateTimeOffset.UtcNow;
        for (var i = 0; i < jobs; i++)
        {
            emulator.Host.Store.Add(new JobRecord
            {
                Id = Guid.NewGuid().ToString(), Owner = "org:org-list", BackendId = "aws.sim.sv1", Provider = "AWS", Shots = 1,
                InputJson = "{}", Seed = i, CreatedAt = now.AddMilliseconds(-i), StartsAt = now, EndsAt = now,
            });
        }
        using var client = emulator.Client("org-list");
        // Warm the paths both measurements take, so that neither pays for JIT.
        await client.Jobs.SearchJobsAsync(0, pageSize);
        var warm = client.Jobs.ListJobs(pageSize);
        await warm.MoveNextAsync();

        var bulk = Stopwatch.StartNew();
        var page = await client.Jobs.SearchJobsAsync(0, pageSize);
        var onePage = bulk.Elapsed;

        var watch = new MemoryWatch();
        var clock = Stopwatch.StartNew();
        var pager = client.Jobs.ListJobs(pageSize);
        await pager.MoveNextAsync();
        var first = clock.Elapsed;
        var count = 1;
        while (await pager.MoveNextAsync()) count++;
        var all = clock.Elapsed;
        await watch.DisposeAsync();

        Report.Table($"Listing {jobs:N0} jobs, pages of {pageSize}", new[] { "measure", "value", "baseline: one page", "ratio" }, new[]
        {
            new[] { "time to the first job", $"{first.TotalMilliseconds:0.0} ms", $"{onePage.TotalMilliseconds:0.0} ms", Report.Ratio(first.TotalMilliseconds, onePage.TotalMilliseconds) },
            new[] { $"time to all {count:N0} jobs ({pager.PagesFetched} pages)", $"{all.TotalMilliseconds:0} ms", "", "" },
            new[] { "peak managed memory growth while enumerating", Report.MiB(watch.ManagedGrowth), "", "" },
        });
        if (page.Items.Count != pageSize || count != jobs) throw new InvalidOperationException($"Listed {count} of {jobs} jobs.");
    }
}
