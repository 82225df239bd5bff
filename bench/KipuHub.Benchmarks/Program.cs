using System.Runtime.InteropServices;
using KipuHub.Benchmarks;

// dotnet run -c Release --project bench/KipuHub.Benchmarks -- [all|overhead|binding|wait|download|pool|listing|import|load|parallel|state]
var what = args.FirstOrDefault() ?? "all";
Console.WriteLine($"KipuHub benchmarks on {RuntimeInformation.OSDescription}, {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {RuntimeInformation.FrameworkDescription}, {DateTime.UtcNow:yyyy-MM-dd}");

if (what is "all" or "overhead") await OverheadBenchmark.RunAsync();
if (what is "all" or "binding") await RouteBindingBenchmark.RunAsync();
if (what is "all" or "wait") await WaitingBenchmark.RunAsync();
if (what is "all" or "download") await LargeResultBenchmark.RunAsync();
if (what is "all" or "pool")
    await DataPoolTransferBenchmark.RunAsync(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..")));
if (what is "all" or "listing") await ListingBenchmark.RunAsync();
if (what is "all" or "load") await EmulatorLoadBenchmark.RunAsync();
if (what is "all" or "parallel") await ParallelCreateBenchmark.RunAsync();
if (what is "all" or "state") await DurableStateBenchmark.RunAsync();
if (what is "all" or "import") ImportBenchmark.Run(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../..")));
