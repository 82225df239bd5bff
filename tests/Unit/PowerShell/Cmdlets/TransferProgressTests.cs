using System.Management.Automation;
using KipuHub.Emulator;
using KipuHub.Emulator.Faults;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>
/// A data-pool file moving up or down shows Write-Progress with its bytes, rate and time left once it has lasted a
/// second, and closes the bar. The emulator's faults make a transfer last.
/// </summary>
public sealed class TransferProgressTests : EmulatorFixture, IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-progress-").FullName;
    readonly HostedShell shell = HostedShell.WithModule();

    public void Dispose()
    {
        shell.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    List<ProgressRecord> Progress(string script, params object?[] arguments)
    {
        var (shown, errors) = ProgressAndErrors(script, arguments);
        Assert.True(errors.Count == 0, string.Join("; ", errors));
        return shown;
    }

    (List<ProgressRecord> Shown, List<ErrorRecord> Errors) ProgressAndErrors(string script, params object?[] arguments)
    {
        using var ps = System.Management.Automation.PowerShell.Create();
        ps.Runspace = shell.Runspace;
        ps.AddScript(script);
        foreach (var argument in arguments) ps.AddArgument(argument);
        try
        {
            ps.Invoke();
        }
        catch (RuntimeException e)
        {
            return (ps.Streams.Progress.ToList(), ps.Streams.Error.Append(e.ErrorRecord).ToList());
        }
        return (ps.Streams.Progress.ToList(), ps.Streams.Error.ToList());
    }

    string Pool()
    {
        shell.Run("param($e, $t) Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force) -Scope Process",
            Root.AbsoluteUri, EmulatorOptions.DevToken);
        File.WriteAllBytes(Path.Combine(folder, "data.bin"), new byte[1 << 20]);
        return shell.Run("(New-QHubDataPool -Name transfers).Id")[0].ToString();
    }

    [Fact]
    public void An_upload_that_lasts_shows_its_bytes_and_rate_and_closes_the_bar()
    {
        var pool = Pool();
        const string upload = "param($p, $f) $null = Add-QHubDataPoolFile -DataPoolId $p -Path $f";
        Host.Faults.Add(new FaultRule { Method = "POST", Path = "/qc-catalog/datapools/*/files", Kind = "latency", LatencyMs = 2500 });
        var shown = Progress(upload, pool, Path.Combine(folder, "data.bin"));

        var during = shown.Where(r => r.RecordType == ProgressRecordType.Processing).ToList();
        Assert.NotEmpty(during);
        Assert.All(during, r => Assert.StartsWith("Uploading data.bin into data pool", r.Activity, StringComparison.Ordinal));
        Assert.Matches(@"of 1\.0 MiB at .+/s$", during[^1].StatusDescription);
        Assert.Equal(ProgressRecordType.Completed, shown[^1].RecordType);
    }

    [Fact]
    public void A_download_that_stalls_halfway_shows_half_done_with_the_time_left_and_closes_the_bar_when_it_breaks_off()
    {
        var pool = Pool();
        var file = shell.Run("param($p, $f) (Add-QHubDataPoolFile -DataPoolId $p -Path $f).Id", pool, Path.Combine(folder, "data.bin"))[0]
            .ToString();
        Host.Faults.Add(new FaultRule { Method = "GET", Path = $"/qc-catalog/datapools/{pool}/files/{file}", Kind = "stall", LatencyMs = 2500 });
        var target = Directory.CreateDirectory(Path.Combine(folder, "saved")).FullName;

        // The stall fault sends half the answer, waits, then drops the connection: a download that lasts, then breaks.
        var (shown, errors) = ProgressAndErrors("param($p, $i, $t) Save-QHubDataPoolFile -DataPoolId $p -Id $i -Path $t", pool, file,
            target);

        var during = shown.Where(r => r.RecordType == ProgressRecordType.Processing).ToList();
        Assert.Contains(during, r => r.PercentComplete is > 0 and < 100 && r.SecondsRemaining >= 0);
        Assert.All(during, r => Assert.StartsWith("Saving data.bin of data pool", r.Activity, StringComparison.Ordinal));
        Assert.Equal(ProgressRecordType.Completed, shown[^1].RecordType);
        Assert.Contains("broke off", Assert.Single(errors).ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(target));
    }
}
