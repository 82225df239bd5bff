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

/// <summary>Samples figures (memory sizes) every few milliseconds while work runs: the peak growth of each above where it
/// started.</summary>
public sealed class PeakWatch : IAsyncDisposable
{
    readonly CancellationTokenSource stop = new();
    readonly Task sampler;
    readonly long[] start;
    readonly long[] peak;

    public PeakWatch(TimeSpan every, params Func<long>[] figures)
    {
        start = figures.Select(f => f()).ToArray();
        peak = (long[])start.Clone();
        sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                for (var i = 0; i < figures.Length; i++) peak[i] = Math.Max(peak[i], figures[i]());
                await Task.Delay(every).ContinueWith(_ => { });
            }
        });
    }

    /// <summary>The peak growth of the figure at this position; final once disposed.</summary>
    public long Growth(int figure) => peak[figure] - start[figure];

    public async ValueTask DisposeAsync()
    {
        stop.Cancel();
        await sampler;
        stop.Dispose();
    }
}

/// <summary>This process's managed memory (after a full collection) and working set while work runs: the peak growth.</summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    readonly PeakWatch watch;

    public MemoryWatch()
    {
        GC.GetTotalMemory(forceFullCollection: true);
        watch = new PeakWatch(TimeSpan.FromMilliseconds(5), () => GC.GetTotalMemory(false), () => Environment.WorkingSet);
    }

    public long ManagedGrowth => watch.Growth(0);
    public long WorkingSetGrowth => watch.Growth(1);

    public ValueTask DisposeAsync() => watch.DisposeAsync();
}
