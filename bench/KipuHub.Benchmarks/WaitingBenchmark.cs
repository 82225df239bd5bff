using System.Net.Http.Json;
using KipuHub.Client.Core;
using KipuHub.Client.Quantum;

namespace KipuHub.Benchmarks;

/// <summary>
/// Waiting on 1,000 jobs: requests per polling round and in total, batched (job listing) against one status
/// request per job; interleaved runs, each on 1,000 fresh jobs, the emulator out of process.
/// </summary>
public static class WaitingBenchmark
{
    public static async Task RunAsync(int jobs = 1000)
    {
        using var emulator = EmulatorProcess.Start("--job-pending-ms", "1000", "--job-running-ms", "2000");
        var results = new Dictionary<string, (Samples Rounds, Samples Max, Samples Total, Samples Seconds)>();
        var run = 0;
        Func<bool, Task> Strategy(string name, int threshold)
        {
            results[name] = (new(), new(), new(), new());
            return async measured =>
            {
                var organization = $"org-wait-{run++}";
                await ListingBenchmark.SeedAsync(emulator, organization, jobs);
                using var client = emulator.Client(organization);
                var ids = new List<string>();
                var pager = client.Jobs.ListJobs(1000);
                while (await pager.MoveNextAsync()) ids.Add(pager.Current.Id!);
                await emulator.Raw.DeleteAsync("../_emulator/stats");
                var rounds = new List<JobWaitProgress>();
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var waiter = new JobWaiter(client.Jobs, ids, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(500), MaxPollInterval = TimeSpan.FromSeconds(1), BatchThreshold = threshold });
                await waiter.WaitAsync(new InlineProgress<JobWaitProgress>(rounds.Add));
                var stats = await emulator.Raw.GetFromJsonAsync<Dictionary<string, int>>("../_emulator/stats");
                if (!measured) return;
                var (r, max, total, seconds) = results[name];
                r.Add(rounds.Count);
                max.Add(rounds.Max(p => p.RequestsThisRound));
                total.Add(stats!.Values.Sum());
                seconds.Add(clock.Elapsed.TotalSeconds);
            };
        }
        await Interleaved.RunAsync(Interleaved.Runs, Strategy("per job", int.MaxValue), Strategy("batched", 3));

        var baseline = results["per job"].Total.Median;
        Report.Table($"Waiting on {jobs:N0} jobs of 3 s (listing pages of 200; median and min–max over {Interleaved.Runs} interleaved runs each)",
            new[] { "strategy", "rounds", "most requests in a round", "requests in total", "ratio (medians)", "wall time" },
            results.Select(r => new[]
            {
                r.Key, r.Value.Rounds.Text("0", ""), r.Value.Max.Text("0", ""), r.Value.Total.Text("0", ""),
                Report.Ratio(r.Value.Total.Median, baseline), r.Value.Seconds.Text("0.0", "s"),
            }));
    }
}
