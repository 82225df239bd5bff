using System.Diagnostics;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Benchmarks;

/// <summary>A 1 GiB result saved to disk: the client's streaming save against a raw HttpClient stream copy.</summary>
public static class LargeResultBenchmark
{
    public static async Task RunAsync(long bytes = 1L << 30)
    {
        await using var emulator = await BenchEmulator.StartAsync(o => o.ResultPaddingBytes = bytes);
        using var client = emulator.Client();
        var job = await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 1, Input = JobInput.FromJson("""{"gateset":"qis","qubits":1,"circuit":[]}""") });
        await new JobWaiter(client.Jobs, new[] { job.Id! }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(100) }).WaitAsync();
        var folder = Directory.CreateTempSubdirectory("kqh-bench-").FullName;
        try
        {
            var rows = new List<string[]>();
            // Each way runs twice, alternating, and the second run counts: the first pays for JIT and cold caches.
            Func<string, Task> rawCopy = async file =>
            {
                using var response = await emulator.Raw.GetAsync($"jobs/{job.Id}/result-stream", HttpCompletionOption.ResponseHeadersRead);
                await using var output = File.Create(file);
                await (await response.Content.ReadAsStreamAsync()).CopyToAsync(output);
            };
            Func<string, Task> clientSave = async file =>
            {
                using var response = await client.Jobs.GetJobResultStreamAsync(job.Id!);
                await AtomicFileDownload.SaveAsync(response.Content, file, overwrite: false);
            };
            await MeasureAsync(rawCopy, Path.Combine(folder, "raw.json"));
            await MeasureAsync(clientSave, Path.Combine(folder, "client.json"));
            var raw = await MeasureAsync(rawCopy, Path.Combine(folder, "raw.json"));
            var saved = await MeasureAsync(clientSave, Path.Combine(folder, "client.json"));
            rows.Add(new[] { "raw stream copy", Report.MiB(raw.Bytes), $"{raw.MiBPerSecond:0} MiB/s", "1.000x", Report.MiB(raw.Managed), Report.MiB(raw.WorkingSet) });
            rows.Add(new[] { "client save-to-file", Report.MiB(saved.Bytes), $"{saved.MiBPerSecond:0} MiB/s", Report.Ratio(saved.MiBPerSecond, raw.MiBPerSecond), Report.MiB(saved.Managed), Report.MiB(saved.WorkingSet) });
            Report.Table("A 1 GiB result to disk", new[] { "how", "size", "throughput", "throughput ratio", "peak managed growth", "peak working set growth" }, rows);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    static async Task<(long Bytes, double MiBPerSecond, long Managed, long WorkingSet)> MeasureAsync(Func<string, Task> download, string file)
    {
        var watch = new MemoryWatch();
        var clock = Stopwatch.StartNew();
        await download(file);
        clock.Stop();
        await watch.DisposeAsync();
        var size = new FileInfo(file).Length;
        File.Delete(file);
        return (size, size / 1024.0 / 1024.0 / clock.Elapsed.TotalSeconds, watch.ManagedGrowth, watch.WorkingSetGrowth);
    }
}
