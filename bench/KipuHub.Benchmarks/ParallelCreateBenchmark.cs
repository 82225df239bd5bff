using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace KipuHub.Benchmarks;

/// <summary>
/// 800 job creates through New-QHubJob: from 16 runspaces (ForEach-Object -Parallel, 50 each) sharing the process's
/// connection, against the same 800 from one pipeline; interleaved, in a PowerShell hosted here, the emulator out of
/// process. The ratio is what fanning out buys a runbook.
/// </summary>
public static class ParallelCreateBenchmark
{
    const string Setup = """
        param($Module, $Endpoint, $Token)
        Import-Module $Module
        Connect-QHub -Endpoint $Endpoint -Token (ConvertTo-SecureString $Token -AsPlainText -Force)
        """;

    const string OnePipeline = """
        $bell = @{ gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) }) }
        @(1..800 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input $bell -ErrorAction Stop }).Count
        """;

    const string SixteenRunspaces = """
        param($Module)
        $bell = @{ gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) }) }
        @(1..16 | ForEach-Object -Parallel {
            Import-Module $using:Module
            1..50 | ForEach-Object { New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input $using:bell -ErrorAction Stop }
        } -ThrottleLimit 16).Count
        """;

    public static async Task RunAsync()
    {
        using var emulator = EmulatorProcess.Start();
        var module = Path.Combine(AppContext.BaseDirectory, "KipuHub.PowerShell.dll");
        using var runspace = RunspaceFactory.CreateRunspace(InitialSessionState.CreateDefault2());
        runspace.Open();
        Invoke(runspace, Setup, new()
        {
            ["Module"] = module,
            ["Endpoint"] = emulator.Root.ToString().TrimEnd('/'),
            ["Token"] = KipuHub.Emulator.EmulatorOptions.DevToken
        });

        var serial = new Samples();
        var parallel = new Samples();
        await Interleaved.RunAsync(3,
            measured => Measure(runspace, OnePipeline, new(), measured ? serial : null),
            measured => Measure(runspace, SixteenRunspaces, new() { ["Module"] = module }, measured ? parallel : null));

        Report.Table("800 job creates: 16 runspaces against one pipeline (baseline: one pipeline, same run)",
            new[] { "Way", "Median", "Jobs per second", "Ratio to one pipeline" },
            new[]
            {
                new[] { "One pipeline", $"{serial.Median:0} ms", $"{800_000 / serial.Median:0}", "1.000x" },
                new[]
                {
                    "16 runspaces x 50", $"{parallel.Median:0} ms", $"{800_000 / parallel.Median:0}",
                    Report.Ratio(parallel.Median, serial.Median),
                },
            });
    }

    static Task Measure(Runspace runspace, string script, Dictionary<string, object> parameters, Samples? samples)
    {
        var clock = Stopwatch.StartNew();
        var created = Invoke(runspace, script, parameters);
        samples?.Add(clock.Elapsed.TotalMilliseconds);
        if (created.Count != 1 || (int)created[0].BaseObject != 800)
            throw new InvalidOperationException($"Expected 800 jobs, got {string.Join(", ", created)}.");
        return Task.CompletedTask;
    }

    static System.Collections.ObjectModel.Collection<PSObject> Invoke(Runspace runspace, string script,
        Dictionary<string, object> parameters)
    {
        using var powershell = System.Management.Automation.PowerShell.Create();
        powershell.Runspace = runspace;
        var results = powershell.AddScript(script).AddParameters(parameters).Invoke();
        if (powershell.HadErrors) throw new InvalidOperationException(string.Join("; ", powershell.Streams.Error));
        return results;
    }
}
