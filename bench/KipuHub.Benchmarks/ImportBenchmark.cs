using System.Diagnostics;

namespace KipuHub.Benchmarks;

/// <summary>Import-Module time above a bare pwsh start, when pwsh and a staged module are there.</summary>
public static class ImportBenchmark
{
    public static void Run(string repositoryRoot)
    {
        var manifest = Directory.Exists(Path.Combine(repositoryRoot, "out", "KipuHub"))
            ? Directory.GetFiles(Path.Combine(repositoryRoot, "out", "KipuHub"), "KipuHub.psd1", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (!OnPath("pwsh") || manifest is null)
        {
            Console.WriteLine();
            Console.WriteLine("### Module import");
            Console.WriteLine();
            Console.WriteLine(manifest is null ? "Skipped: no staged module (run ./build.ps1 first)." : "Skipped: pwsh is not installed on this machine.");
            return;
        }
        double Start(string command)
        {
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("pwsh", new[] { "-NoProfile", "-NonInteractive", "-Command", command }) { RedirectStandardOutput = true })!;
            process.WaitForExit();
            return clock.Elapsed.TotalMilliseconds;
        }
        // Interleaved, bare then import, so that a slow spell of the machine hits both alike (see Interleaved).
        const int Runs = 9;
        var bare = new List<double>();
        var import = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            bare.Add(Start("exit 0"));
            import.Add(Start($"Import-Module '{manifest}'; exit 0"));
        }
        static string Spread(List<double> times) => $"{Median(times):0} ms ({times.Min():0}–{times.Max():0})";
        Report.Table($"Module import (median and min–max of {Runs} interleaved pwsh starts each)", new[] { "what", "time", "ratio to a bare start" }, new[]
        {
            new[] { "pwsh -Command exit", Spread(bare), "1.000x" },
            new[] { "pwsh -Command Import-Module KipuHub", $"{Spread(import)}; {Median(import) - Median(bare):0} ms for the import", Report.Ratio(Median(import), Median(bare)) },
        });
    }

    static double Median(List<double> times)
    {
        var sorted = times.OrderBy(t => t).ToList();
        return sorted[sorted.Count / 2];
    }

    static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)) || File.Exists(Path.Combine(d, name + ".exe")));
}
