using KipuHub.Client.Core;
using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Cmdlets.Common;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// Streams the result of jobs to files with flat memory, showing the bytes written. The file appears only when
/// complete: a failed or stopped download leaves nothing behind. A folder as -Path saves &lt;job id&gt;.json in it.
/// </summary>
[Cmdlet(VerbsData.Save, "QHubJobResult", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveQHubJobResultCommand : JobIdCmdlet
{
    long written;
    string? current;

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Overwrite an existing file.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "JobResult";

    string TargetFile(string id)
    {
        var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        return Directory.Exists(path) || Id.Length > 1 ? System.IO.Path.Combine(path, id + ".json") : path;
    }

    protected override bool Confirm(string id) => ShouldProcess(TargetFile(id), $"Save the result of job {id}");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var file = TargetFile(id);
        current = id;
        Interlocked.Exchange(ref written, 0);
        using var response = ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.GetServiceExecutionJobResultStreamAsync(execution, id, token)
            : await Hub.Quantum.Jobs.GetJobResultStreamAsync(id, token);
        await AtomicFileDownload.SaveAsync(response.Content, file, Force, new InlineProgress<long>(bytes => Interlocked.Exchange(ref written, bytes)), token);
        return PassThru ? new FileInfo(file) : null;
    }

    protected override void OnPump()
    {
        if (current is null) return;
        WriteProgress(new ProgressRecord(2, $"Saving the result of job {current}", $"{Interlocked.Read(ref written):N0} bytes written"));
    }
}
