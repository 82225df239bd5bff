using System.Diagnostics;
using System.Text;

namespace KipuHub.Benchmarks;

/// <summary>
/// What a job create costs with a data file that holds 10,000 jobs, against one that holds none (the baseline), and
/// against no data file; three emulator processes, batches of creates interleaved, same run. A write that grows with
/// what is stored shows as a ratio well above 1. Each process makes 10,000 jobs first, and the two that should hold
/// none then reset: all three run equally warm code.
/// </summary>
public static class DurableStateBenchmark
{
    const int Stored = 10_000;
    const int Batch = 500;
    const int Runs = 9;
    const string Job =
        """{"backend_id":"aws.sim.sv1","shots":1,"input":{"gateset":"qis","qubits":1,"circuit":[{"type":"h","targets":[0]}]}}""";

    public static async Task RunAsync()
    {
        var folder = Directory.CreateTempSubdirectory("kqh-bench-state-").FullName;
        try
        {
            using var empty = EmulatorProcess.Start("--data", Path.Combine(folder, "empty.db"));
            using var full = EmulatorProcess.Start("--data", Path.Combine(folder, "full.db"));
            using var memory = EmulatorProcess.Start();
            // All three make 10,000 jobs first, so their code is equally warm; the baseline and memory then forget theirs.
            foreach (var emulator in new[] { empty, full, memory }) await CreateAsync(emulator, Stored, parallel: 8);
            foreach (var emulator in new[] { empty, memory })
                (await emulator.Raw.PostAsync(new Uri(emulator.Root, "_emulator/reset"), null)).EnsureSuccessStatusCode();

            var (withNone, withStored, inMemory) = (new Samples(), new Samples(), new Samples());
            await Interleaved.RunAsync(Runs,
                measured => Measure(empty, measured ? withNone : null),
                measured => Measure(full, measured ? withStored : null),
                measured => Measure(memory, measured ? inMemory : null));

            Report.Table($"A job create with a data file of {Stored:N0} jobs (baseline: a data file of none, same run; {Batch} " +
                "sequential creates per sample)",
                new[] { "Emulator", "Per create", "Ratio to a data file of none" },
                new[]
                {
                    new[] { "--data, no jobs stored", $"{withNone.Median:0.000} ms", "1.000x" },
                    new[] { $"--data, {Stored:N0} jobs stored", $"{withStored.Median:0.000} ms",
                        Report.Ratio(withStored.Median, withNone.Median) },
                    new[] { "no data file (memory)", $"{inMemory.Median:0.000} ms", Report.Ratio(inMemory.Median, withNone.Median) },
                });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    static async Task Measure(EmulatorProcess emulator, Samples? samples)
    {
        var clock = Stopwatch.StartNew();
        await CreateAsync(emulator, Batch, parallel: 1);
        samples?.Add(clock.Elapsed.TotalMilliseconds / Batch);
    }

    static async Task CreateAsync(EmulatorProcess emulator, int count, int parallel) =>
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel },
            async (_, token) =>
        {
            using var response = await emulator.Raw.PostAsync("jobs", new StringContent(Job, Encoding.UTF8, "application/json"), token);
            response.EnsureSuccessStatusCode();
        });
}
