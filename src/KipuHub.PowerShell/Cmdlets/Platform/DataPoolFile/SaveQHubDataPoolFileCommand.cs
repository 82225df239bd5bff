using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Downloads data pool files into a folder, streamed; each appears only when complete. Files bind from the pipeline.</summary>
[Cmdlet(VerbsData.Save, "QHubDataPoolFile", HelpUri = HelpUris.Base + "Save-QHubDataPoolFile.md", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class SaveQHubDataPoolFileCommand : PlatformCmdletBase
{
    string? folder;

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FileId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolFileIdCompleter))]
    public string? Id { get; set; }

    /// <summary>The file's name in the folder; by default its name in the pool.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Name { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    [Parameter] public SwitchParameter Force { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "DataPoolFile";

    // SessionState belongs to the pipeline thread; the downloads run on the thread pool.
    protected override void Begin()
    {
        base.Begin();
        folder = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
    }

    protected override void ProcessRecord()
    {
        if (!ShouldProcess(folder!, $"Save file {Id} of data pool {DataPoolId}")) return;
        ForTarget(Id, async token =>
        {
            var name = Name ?? (await Platform.DataPools.GetDataPoolFilesAsync(DataPoolId!, token)).FirstOrDefault(f => f.Id == Id)?.Name
                ?? Id!;
            var target = ServerFileName.PathInFolder(folder!, name, "data pool file name");
            using var response = await Platform.DataPools.GetDataPoolFileAsync(DataPoolId!, Id!, token);
            var progress = BeginTransfer($"Saving {System.IO.Path.GetFileName(target)} of data pool {DataPoolId}", response.Length);
            await AtomicFileDownload.SaveAsync(response.Content, target, Force, new InlineProgress<long>(progress.Set), token);
            return PassThru ? new FileInfo(target) : null;
        });
    }
}
