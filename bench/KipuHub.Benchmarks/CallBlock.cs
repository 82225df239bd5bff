using System.Diagnostics;

namespace KipuHub.Benchmarks;

/// <summary>One block of calls of one way: each call timed, the block's median call and allocations per call kept.</summary>
public static class CallBlock
{
    /// <param name="blocks">Where the block's median call goes (µs); null for a warm-up block, which keeps nothing.</param>
    public static async Task RunAsync(Func<Task> call, int count, Samples? blocks, Samples? calls = null, Samples? bytes = null)
    {
        var block = new Samples();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < count; i++)
        {
            var clock = Stopwatch.StartNew();
            await call();
            block.Add(clock.Elapsed.TotalMilliseconds * 1000);
        }
        if (blocks is null) return;
        bytes?.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)count);
        blocks.Add(block.Median);
        if (calls is not null) foreach (var value in block.Values) calls.Add(value);
    }
}
