using System.Diagnostics;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// A 1 GiB result saved to disk: the client's streaming save against a raw HttpClient stream copy that does the
/// same work the same way (1 MiB reads, a synchronous FileStream, one file per run), interleaved, the emulator
/// out of process.
/// </summary>
public static class LargeResultBenchmark
{
    const int BufferSize = 1024 * 1024;

    public static async Task RunAsync(long bytes = 1L << 30)
    {
        using var emulator = EmulatorProcess.Start("--result-padding", bytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var client = emulator.Client();
        var job = await client.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 1, Input = JobInput.FromJson("""{"gateset":"qis","qubits":1,"circuit":[]}""") });
        await new JobWaiter(client.Jobs, new[] { job.Id! }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(100) }).WaitAsync();
        var folder = Directory.CreateTempSubdirectory("kqh-bench-").FullName;
        try
        {
            var raw = new Run();
            var saved = new Run();
            await Interleaved.RunAsync(Interleaved.Runs,
                measured => MeasureAsync(async file =>
                {
                    using var response = await emulator.Raw.GetAsync($"jobs/{job.Id}/result-stream", HttpCompletionOption.ResponseHeadersRead);
                    await CopyAsync(await response.Content.ReadAsStreamAsync(), file);
                }, Path.Combine(folder, "raw.json"), measured ? raw : null),
                measured => MeasureAsync(async file =>
                {
                    using var response = await client.Jobs.GetJobResultStreamAsync(job.Id!);
                    await AtomicFileDownload.SaveAsync(response.Content, file, overwrite: false);
                }, Path.Combine(folder, "client.json"), measured ? saved : null));
            Report.Table($"A {bytes / (1 << 20):N0} MiB result to disk (median and min–max over {Interleaved.Runs} interleaved runs each)",
                new[] { "how", "throughput", "ratio (medians)", "peak managed growth (max)", "peak working set growth (max)" }, new[]
                {
                    new[] { "raw stream copy, 1 MiB reads into a synchronous FileStream", raw.Throughput.Text("0", "MiB/s"), "1.000x", Report.MiB(raw.Managed), Report.MiB(raw.WorkingSet) },
                    new[] { "client GetJobResultStreamAsync + AtomicFileDownload.SaveAsync", saved.Throughput.Text("0", "MiB/s"), Report.Ratio(saved.Throughput.Median, raw.Throughput.Median), Report.MiB(saved.Managed), Report.MiB(saved.WorkingSet) },
                });
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    // What AtomicFileDownload does, minus the temporary file and the rename.
    static async Task CopyAsync(Stream source, string file)
    {
        using var output = new FileStream(file, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await source.ReadAsync(buffer, 0, buffer.Length)) > 0)
            await output.WriteAsync(buffer, 0, read);
        await output.FlushAsync();
    }

    sealed class Run
    {
        public Samples Throughput { get; } = new();
        public long Managed { get; set; }
        public long WorkingSet { get; set; }
    }

    static async Task MeasureAsync(Func<string, Task> download, string file, Run? run)
    {
        var watch = new MemoryWatch();
        var clock = Stopwatch.StartNew();
        await download(file);
        clock.Stop();
        await watch.DisposeAsync();
        var size = new FileInfo(file).Length;
        File.Delete(file);
        if (run is null) return;
        run.Throughput.Add(size / 1024.0 / 1024.0 / clock.Elapsed.TotalSeconds);
        run.Managed = Math.Max(run.Managed, watch.ManagedGrowth);
        run.WorkingSet = Math.Max(run.WorkingSet, watch.WorkingSetGrowth);
    }
}
