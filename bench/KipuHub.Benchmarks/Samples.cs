namespace KipuHub.Benchmarks;

/// <summary>Measurements of one way of doing a thing, reported as median with min–max and the number of runs.</summary>
public sealed class Samples
{
    readonly List<double> values = new();

    public void Add(double value) => values.Add(value);

    public int Count => values.Count;
    public IReadOnlyList<double> Values => values;
    public double Min => values.Min();
    public double Max => values.Max();

    public double Median
    {
        get
        {
            var sorted = values.OrderBy(v => v).ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public double Percentile(double p)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    public string Text(string format, string unit)
    {
        var suffix = unit.Length == 0 ? "" : " " + unit;
        return $"{Median.ToString(format)}{suffix} ({Min.ToString(format)}–{Max.ToString(format)}, n={Count})";
    }
}

/// <summary>
/// Runs the ways being compared in turn, A B A B …, after one unmeasured warm-up of each: a slow spell of the
/// machine then falls on both alike, and neither always goes first.
/// </summary>
public static class Interleaved
{
    public const int Runs = 5;

    public static async Task RunAsync(int runs, params Func<bool, Task>[] ways)
    {
        foreach (var way in ways) await way(false);
        for (var run = 0; run < runs; run++)
            foreach (var way in run % 2 == 0 ? ways : ways.Reverse())
                await way(true);
    }
}
