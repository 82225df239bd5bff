using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KipuHub.Emulator;

namespace KipuHub.Benchmarks;

/// <summary>
/// A 1 GiB data-pool file uploaded and downloaded back through the cmdlets (Add-QHubDataPoolFile, Save-QHubDataPoolFile in a
/// pwsh of their own) against a raw HttpClient doing the same (a streamed multipart POST, a streamed GET into a file),
/// interleaved, the emulator out of process with a data file: throughput ratios to raw, the peak working-set growth of
/// the pwsh process and of the emulator, the file byte-identical after the round trip and after an emulator restart.
/// </summary>
public static class DataPoolTransferBenchmark
{
    const int BufferSize = 1024 * 1024;
    const int Runs = 3;

    public static async Task RunAsync(string repositoryRoot, long bytes = 1L << 30)
    {
        var manifest = Directory.Exists(Path.Combine(repositoryRoot, "out", "KipuHub"))
            ? Directory.GetFiles(Path.Combine(repositoryRoot, "out", "KipuHub"), "KipuHub.psd1", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (manifest is null)
        {
            Console.WriteLine("\n### Data-pool transfers\n\nSkipped: no staged module (run ./build.ps1 first).");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("kqh-bench-pool-").FullName;
        try
        {
            await RunAsync(manifest, folder, bytes);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    static async Task RunAsync(string manifest, string folder, long bytes)
    {
        var source = Path.Combine(folder, "source.bin");
        WriteRandomFile(source, bytes);
        var sourceHash = Hash(source);
        var data = Path.Combine(folder, "state.db");
        var downloads = Directory.CreateDirectory(Path.Combine(folder, "down")).FullName;
        string pool, keptId;
        var (rawUp, rawDown, cmdletUp, cmdletDown) = (new Samples(), new Samples(), new Samples(), new Samples());
        long pwshGrowth = 0, emulatorGrowth = 0;
        var identical = true;
        using (var emulator = EmulatorProcess.Start("--data", data))
        {
            using var http = Http(emulator.Root);
            pool = await CreatePoolAsync(http);
            keptId = await RawUploadAsync(http, pool, source);
            using var shell = PwshShell.Start(manifest, emulator.Root);

            async Task Measured(Samples samples, bool measured, Func<Task> transfer)
            {
                // What the last transfer left for the disk to write would otherwise slow the next one, whichever it is.
                FlushDisks();
                var watch = new PeakWatch(TimeSpan.FromMilliseconds(10), () => WorkingSet(shell.Process), () => emulator.WorkingSet);
                var clock = Stopwatch.StartNew();
                await transfer();
                clock.Stop();
                await watch.DisposeAsync();
                if (!measured) return;
                samples.Add(bytes / 1024.0 / 1024.0 / clock.Elapsed.TotalSeconds);
                pwshGrowth = Math.Max(pwshGrowth, watch.Growth(0));
                emulatorGrowth = Math.Max(emulatorGrowth, watch.Growth(1));
            }

            await Interleaved.RunAsync(Runs,
                measured => Measured(rawUp, measured, async () => await DeleteAsync(http, pool, await RawUploadAsync(http, pool, source))),
                measured => Measured(cmdletUp, measured, async () =>
                    await DeleteAsync(http, pool, await Task.Run(() => shell.Upload(pool, source)))),
                async measured =>
                {
                    await Measured(rawDown, measured, () => RawDownloadAsync(http, pool, keptId, Path.Combine(downloads, "raw.bin")));
                    File.Delete(Path.Combine(downloads, "raw.bin"));
                },
                async measured =>
                {
                    await Measured(cmdletDown, measured, () => Task.Run(() => shell.Download(pool, keptId, downloads)));
                    identical &= Hash(Path.Combine(downloads, "source.bin")).SequenceEqual(sourceHash);
                    File.Delete(Path.Combine(downloads, "source.bin"));
                });
        }
        bool afterRestart;
        using (var again = EmulatorProcess.Start("--data", data))
        using (var http = Http(again.Root))
        {
            await RawDownloadAsync(http, pool, keptId, Path.Combine(downloads, "restarted.bin"));
            afterRestart = Hash(Path.Combine(downloads, "restarted.bin")).SequenceEqual(sourceHash);
        }

        Report.Table($"A {bytes / (1 << 20):N0} MiB data-pool file, up and down (median and min–max over {Runs} interleaved runs each)",
            new[] { "how", "throughput", "ratio to raw (medians)" }, new[]
            {
                new[] { "raw HttpClient: streamed multipart POST", rawUp.Text("0", "MiB/s"), "1.000x" },
                new[] { "Add-QHubDataPoolFile", cmdletUp.Text("0", "MiB/s"), Report.Ratio(cmdletUp.Median, rawUp.Median) },
                new[] { "raw HttpClient: streamed GET into a file", rawDown.Text("0", "MiB/s"), "1.000x" },
                new[] { "Save-QHubDataPoolFile", cmdletDown.Text("0", "MiB/s"), Report.Ratio(cmdletDown.Median, rawDown.Median) },
            });
        Console.WriteLine();
        Console.WriteLine($"Peak working-set growth during a transfer: pwsh {Report.MiB(pwshGrowth)}, emulator {Report.MiB(emulatorGrowth)}.");
        Console.WriteLine($"Byte-identical after each round trip: {(identical ? "yes" : "NO")}; after an emulator restart on the same data " +
            $"file: {(afterRestart ? "yes" : "NO")}.");
    }

    static long WorkingSet(Process process)
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    static void FlushDisks()
    {
        if (OperatingSystem.IsWindows()) return;
        using var sync = Process.Start("sync");
        sync.WaitForExit();
    }

    static void WriteRandomFile(string path, long bytes)
    {
        using var output = File.Create(path);
        var block = new byte[BufferSize];
        for (long left = bytes; left > 0; left -= block.Length)
        {
            RandomNumberGenerator.Fill(block);
            output.Write(block, 0, (int)Math.Min(block.Length, left));
        }
    }

    static byte[] Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return SHA256.HashData(stream);
    }

    static HttpClient Http(Uri root)
    {
        var http = new HttpClient { BaseAddress = new Uri(root, "qc-catalog/"), Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
        return http;
    }

    static async Task<string> CreatePoolAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("datapools", new { name = "bench" });
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    static async Task<string> RawUploadAsync(HttpClient http, string pool, string file)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StreamContent(File.OpenRead(file), BufferSize), "file", Path.GetFileName(file));
        var response = await http.PostAsync($"datapools/{pool}/files", form);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.GetValue<string>();
    }

    static async Task RawDownloadAsync(HttpClient http, string pool, string id, string file)
    {
        using var response = await http.GetAsync($"datapools/{pool}/files/{id}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        await using var output = new FileStream(file, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        await (await response.Content.ReadAsStreamAsync()).CopyToAsync(output, BufferSize);
    }

    static async Task DeleteAsync(HttpClient http, string pool, string id) =>
        (await http.DeleteAsync($"datapools/{pool}/files/{id}")).EnsureSuccessStatusCode();
}
