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
        double Median(string command)
        {
            var times = Enumerable.Range(0, 7).Select(_ =>
            {
                var clock = Stopwatch.StartNew();
                using var process = Process.Start(new ProcessStartInfo("pwsh", new[] { "-NoProfile", "-NonInteractive", "-Command", command }) { RedirectStandardOutput = true })!;
                process.WaitForExit();
                return clock.Elapsed.TotalMilliseconds;
            }).OrderBy(t => t).ToList();
            return times[times.Count / 2];
        }
        var bare = Median("exit 0");
        var import = Median($"Import-Module '{manifest}'; exit 0");
        Report.Table("Module import (median of 7 pwsh starts)", new[] { "what", "time", "ratio to a bare start" }, new[]
        {
            new[] { "pwsh -Command exit", $"{bare:0} ms", "1.000x" },
            new[] { "pwsh -Command Import-Module KipuHub", $"{import:0} ms ({import - bare:0} ms for the import)", Report.Ratio(import, bare) },
        });
    }

    static bool OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(d => File.Exists(Path.Combine(d, name)) || File.Exists(Path.Combine(d, name + ".exe")));
}
