using System.Diagnostics;
using KipuHub.Emulator;

namespace KipuHub.Benchmarks;

/// <summary>
/// A pwsh of its own with the staged module imported and connected to an emulator, running one cmdlet a line read from
/// its standard input: the process a user's script runs in, measured from outside.
/// </summary>
public sealed class PwshShell : IDisposable
{
    const string Script = """
        param($Manifest, $Endpoint, $Token)
        $ErrorActionPreference = 'Stop'
        Import-Module $Manifest
        $null = Connect-QHub -Endpoint $Endpoint -Token (ConvertTo-SecureString $Token -AsPlainText -Force) -Scope Process
        [Console]::Out.WriteLine('ready')
        while ($null -ne ($line = [Console]::In.ReadLine())) {
            $verb, $pool, $what, $where = $line -split "`t"
            if ($verb -eq 'up') { [Console]::Out.WriteLine((Add-QHubDataPoolFile -DataPoolId $pool -Path $what).Id) }
            else { $null = Save-QHubDataPoolFile -DataPoolId $pool -Id $what -Path $where -Force; [Console]::Out.WriteLine('saved') }
        }
        """;

    readonly string scriptFile;

    PwshShell(Process process, string scriptFile) => (Process, this.scriptFile) = (process, scriptFile);

    public Process Process { get; }

    public static PwshShell Start(string manifest, Uri root)
    {
        var scriptFile = Path.Combine(Path.GetTempPath(), $"kqh-bench-{Guid.NewGuid():N}.ps1");
        File.WriteAllText(scriptFile, Script);
        var process = Process.Start(new ProcessStartInfo("pwsh",
            new[] { "-NoProfile", "-NonInteractive", "-File", scriptFile, manifest, root.AbsoluteUri.TrimEnd('/'), EmulatorOptions.DevToken })
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var shell = new PwshShell(process, scriptFile);
        shell.Expect("ready");
        return shell;
    }

    /// <summary>Add-QHubDataPoolFile: the new file's id.</summary>
    public string Upload(string pool, string file) => Send($"up\t{pool}\t{file}");

    /// <summary>Save-QHubDataPoolFile into a folder.</summary>
    public void Download(string pool, string id, string folder) => Expect("saved", Send($"down\t{pool}\t{id}\t{folder}"));

    string Send(string line)
    {
        Process.StandardInput.WriteLine(line);
        Process.StandardInput.Flush();
        return Process.StandardOutput.ReadLine() ?? throw new InvalidOperationException("pwsh ended: " + line);
    }

    void Expect(string expected, string? got = null)
    {
        got ??= Process.StandardOutput.ReadLine();
        if (got != expected) throw new InvalidOperationException($"pwsh said '{got}', not '{expected}'.");
    }

    public void Dispose()
    {
        Process.StandardInput.Close();
        if (!Process.WaitForExit(10_000)) Process.Kill();
        Process.Dispose();
        File.Delete(scriptFile);
    }
}
