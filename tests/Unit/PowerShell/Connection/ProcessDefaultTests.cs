using System.Management.Automation;
using System.Management.Automation.Runspaces;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

/// <summary>
/// The process's connection seen from runspaces of one process, hosted here (Microsoft.PowerShell.SDK, tests only):
/// a runspace pool of 16 uses the connection another runspace made, and a connect in the pool does not replace it.
/// </summary>
[Collection(ProcessWideState.Name)]
public sealed class ProcessDefaultTests : EmulatorFixture
{
    static readonly string Module = HostedShell.Module;

    [Fact]
    public async Task Sixteen_pooled_runspaces_create_800_distinct_jobs_on_the_connection_another_runspace_made()
    {
        using var main = Open();
        Run(main, "param($m, $e, $t) Import-Module $m; Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force)",
            Module, Root.ToString().TrimEnd('/'), EmulatorOptions.DevToken);
        using var pool = RunspaceFactory.CreateRunspacePool(InitialSessionState.CreateDefault2());
        pool.SetMaxRunspaces(16);
        pool.SetMinRunspaces(16);
        pool.Open();

        var batches = Enumerable.Range(0, 16).Select(_ =>
        {
            var shell = System.Management.Automation.PowerShell.Create();
            shell.RunspacePool = pool;
            shell.AddScript("""
                param($m)
                Import-Module $m
                $bell = @{ gateset = 'qis'; qubits = 1; circuit = @(@{ type = 'h'; targets = @(0) }) }
                1..50 | ForEach-Object { (New-QHubJob -BackendId aws.sim.sv1 -Shots 1 -Input $bell -ErrorAction Stop).Id }
                """).AddArgument(Module);
            return (shell, Task.Factory.FromAsync(shell.BeginInvoke(), shell.EndInvoke));
        }).ToList();
        var ids = (await Task.WhenAll(batches.Select(b => b.Item2))).SelectMany(r => r).Select(o => (string)o.BaseObject).ToList();

        Assert.All(batches, b => Assert.False(b.shell.HadErrors, string.Join("; ", b.shell.Streams.Error)));
        Assert.Equal(800, ids.Distinct().Count());
        Assert.Equal(800, (await AllJobsAsync()).Count);
        foreach (var (shell, _) in batches) shell.Dispose();
    }

    [Fact]
    public void A_connect_in_another_runspace_changes_that_runspace_only_unless_forced()
    {
        using var main = Open();
        var endpoint = Root.ToString().TrimEnd('/');
        Run(main, "param($m, $e, $t) Import-Module $m; Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force)",
            Module, endpoint, EmulatorOptions.DevToken);
        using var child = Open();
        const string Switch = "param($m, $e, $t, $f) Import-Module $m; " +
            "Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force) -TimeoutSec 7 -Force:$f";

        Run(child, Switch, Module, endpoint, EmulatorOptions.DevToken, false);
        Assert.Equal(TimeSpan.FromSeconds(60), Timeout(main));
        Assert.Equal(TimeSpan.FromSeconds(7), Timeout(child));
        using var third = Open();
        Run(third, "param($m) Import-Module $m", Module);
        Assert.Equal(TimeSpan.FromSeconds(60), Timeout(third));

        Run(child, Switch, Module, endpoint, EmulatorOptions.DevToken, true);
        Assert.Equal(TimeSpan.FromSeconds(7), Timeout(third));
    }

    static Runspace Open() => HostedShell.OpenRunspace();

    static TimeSpan Timeout(Runspace runspace) => (TimeSpan)Run(runspace, "(Get-QHubContext).Timeout").Single().BaseObject;

    static IReadOnlyList<PSObject> Run(Runspace runspace, string script, params object[] arguments)
    {
        var results = HostedShell.Invoke(runspace, script, arguments, out var errors);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        return results;
    }
}
