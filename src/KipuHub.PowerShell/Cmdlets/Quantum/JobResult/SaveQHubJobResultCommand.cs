using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Quantum;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// Streams the result of jobs to files with flat memory, showing the bytes written. The file appears only when
/// complete: a failed or stopped download leaves nothing behind. A folder as -Path saves &lt;job id&gt;.json in it.
/// </summary>
[Cmdlet(VerbsData.Save, "QHubJobResult", HelpUri = HelpUris.Base + "Save-QHubJobResult.md", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveQHubJobResultCommand : QuantumCmdletBase
{
    long written;
    string? current;
    string? folderOrFile;

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    /// <summary>Overwrite an existing file.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "JobResult";

    // SessionState belongs to the pipeline thread, and the download runs on the thread pool: resolve here.
    protected override void Begin()
    {
        base.Begin();
        folderOrFile = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
    }

    protected override void ProcessRecord()
    {
        try
        {
            ForEachId(Id, id => ShouldProcess(ShownTarget(id), $"Save the result of job {ServerFileName.Printable(id)}"), SaveAsync);
        }
        finally
        {
            CompleteProgress();
        }
    }

    // A path for several results is a folder: several ids, an existing folder, a path ending in a separator, or jobs piped to a
    // path without an extension (./results). One job piped to r.json saves to that file.
    bool IntoFolder => Directory.Exists(folderOrFile) || Id.Length > 1 || EndsInSeparator ||
        (MyInvocation.ExpectingInput && !System.IO.Path.HasExtension(folderOrFile));

    bool EndsInSeparator => Path!.EndsWith("/", StringComparison.Ordinal) || Path.EndsWith("\\", StringComparison.Ordinal);

    // In a folder the job id is the file's name, and the id comes from the server: it is checked like any server-chosen name.
    string TargetFile(string id) => IntoFolder ? ServerFileName.PathInFolder(folderOrFile!, id, "job id", ".json") : folderOrFile!;

    // What the confirmation names: a refused id is reported when it is saved, not in the prompt.
    string ShownTarget(string id) =>
        IntoFolder && ServerFileName.Problem(id) is null ? System.IO.Path.Combine(folderOrFile!, id + ".json") : folderOrFile!;

    async Task<object?> SaveAsync(string id, CancellationToken token)
    {
        var file = TargetFile(id);
        current = id;
        Interlocked.Exchange(ref written, 0);
        using var response = await Quantum.Jobs.For(ServiceExecutionId).GetCompletedJobResultStreamAsync(id, token);
        await AtomicFileDownload.SaveAsync(response.Content, file, Force, new InlineProgress<long>(bytes =>
            Interlocked.Exchange(ref written, bytes)), token);
        return PassThru ? new FileInfo(file) : null;
    }

    protected override void OnPump()
    {
        if (current is null) return;
        WriteProgress(Progress(current));
    }

    ProgressRecord Progress(string id) => new(2, $"Saving the result of job {id}",
        $"{Counted.Of(Interlocked.Read(ref written), "byte")} written");

    // A stopped pipeline may not write any more; otherwise every bar that was shown is closed.
    void CompleteProgress()
    {
        if (current is null || Stopping) return;
        var done = Progress(current);
        done.RecordType = ProgressRecordType.Completed;
        WriteProgress(done);
        current = null;
    }
}
