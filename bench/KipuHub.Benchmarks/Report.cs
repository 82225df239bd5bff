namespace KipuHub.Benchmarks;

/// <summary>Prints results as markdown tables, each figure beside its baseline from the same run.</summary>
public static class Report
{
    public static void Table(string title, string[] headers, IEnumerable<string[]> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"### {title}");
        Console.WriteLine();
        Console.WriteLine("| " + string.Join(" | ", headers) + " |");
        Console.WriteLine("|" + string.Concat(headers.Select(_ => "---|")));
        foreach (var row in rows) Console.WriteLine("| " + string.Join(" | ", row) + " |");
    }

    public static string Ratio(double value, double baseline) => baseline == 0 ? "n/a" : (value / baseline).ToString("0.000") + "x";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0") + " MiB";
}

/// <summary>Samples the process's memory while work runs, for the peak growth above where it started.</summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly Task sampler;
    readonly long startManaged = GC.GetTotalMemory(true);
    readonly long startWorkingSet = Environment.WorkingSet;
    long peakManaged;
    long peakWorkingSet;

    public MemoryWatch()
    {
        peakManaged = startManaged;
        peakWorkingSet = startWorkingSet;
        sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                peakManaged = Math.Max(peakManaged, GC.GetTotalMemory(false));
                peakWorkingSet = Math.Max(peakWorkingSet, Environment.WorkingSet);
                await Task.Delay(5).ContinueWith(_ => { });
            }
        });
    }

    public long ManagedGrowth => peakManaged - startManaged;
    public long WorkingSetGrowth => peakWorkingSet - startWorkingSet;

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        await sampler;
    }
}
