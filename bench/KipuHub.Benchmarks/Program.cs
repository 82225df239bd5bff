using System.Runtime.InteropServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using KipuHub.Benchmarks;

// dotnet run -c Release --project bench/KipuHub.Benchmarks -- [all|overhead|wait|download|listing|import]
var what = args.FirstOrDefault() ?? "all";
Console.WriteLine($"KipuHub benchmarks on {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd}");

if (what is "all" or "overhead")
{
    var config = ManualConfig.Create(DefaultConfig.Instance)
        .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(20))
        .AddColumn(BenchmarkDotNet.Columns.StatisticColumn.P95)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    BenchmarkRunner.Run<ClientOverheadBenchmarks>(config);
}
if (what is "all" or "wait") await WaitingBenchmark.RunAsync();
if (what is "all" or "download") await LargeResultBenchmark.RunAsync();
if (what is "all" or "listing") await ListingBenchmark.RunAsync();
if (what is "all" or "import") ImportBenchmark.Run(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..")));
