using KipuHub.Client.Core;
using System.Net.Http.Json;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Benchmarks;

/// <summary>Waiting on 1,000 jobs: requests per polling round and in total, batched (job listing) against one status request per job.</summary>
public static class WaitingBenchmark
{
    public static async Task RunAsync(int jobs = 1000)
    {
        var rows = new List<string[]>();
        var results = new Dictionary<string, (int Rounds, int Total, int Max)>();
        foreach (var (name, threshold) in new[] { ("per job", int.MaxValue), ("batched", 3) })
        {
            await using var emulator = await BenchEmulator.StartAsync(o =>
            {
                o.JobPendingDuration = TimeSpan.FromSeconds(1);
                o.JobRunningDuration = TimeSpan.FromSeconds(2);
            });
            using var client = emulator.Client("org-wait");
            var ids = new List<string>();
            var request = new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 1, Input = JobInput.FromJson("""{"gateset":"qis","qubits":1,"circuit":[{"type":"h","targets":[0]}]}""") };
            for (var i = 0; i < jobs; i++) ids.Add((await client.Jobs.CreateJobAsync(request)).Id!);
            await emulator.Raw.DeleteAsync("../_emulator/stats");
            var rounds = new List<JobWaitProgress>();
            var waiter = new JobWaiter(client.Jobs, ids, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(500), MaxPollInterval = TimeSpan.FromSeconds(1), BatchThreshold = threshold });
            await waiter.WaitAsync(new InlineProgress<JobWaitProgress>(rounds.Add));
            var stats = await emulator.Raw.GetFromJsonAsync<Dictionary<string, int>>("../_emulator/stats");
            var total = stats!.Values.Sum();
            results[name] = (rounds.Count, total, rounds.Max(r => r.RequestsThisRound));
        }
        var baseline = results["per job"];
        foreach (var (name, r) in results)
            rows.Add(new[] { name, r.Rounds.ToString(), r.Max.ToString(), r.Total.ToString(), Report.Ratio(r.Total, baseline.Total) });
        Report.Table($"Waiting on {jobs:N0} jobs (listing pages of 200)", new[] { "strategy", "rounds", "most requests in a round", "requests in total", "ratio to per job" }, rows);
    }
}
