using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Transfers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Uploads files into a data pool, streamed; a data pool from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Add, "QHubDataPoolFile", HelpUri = HelpUris.Base + "Add-QHubDataPoolFile.md", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolFile))]
public sealed class AddQHubDataPoolFileCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolFile";


    protected override void ProcessRecord()
    {
        // Resolved here, on the pipeline thread; the uploads run on the thread pool.
        var files = Path.Select(p => SessionState.Path.GetUnresolvedProviderPathFromPSPath(p)).ToList();
        ForEachId(files, file => ShouldProcess(file, $"Upload into data pool {DataPoolId}"), async (file, token) =>
        {
            LocalFiles.RequireFile(file);
            var name = System.IO.Path.GetFileName(file);
            var progress = BeginTransfer($"Uploading {name} into data pool {DataPoolId}", new FileInfo(file).Length);
            Stream Read() => new CountingReadStream(File.OpenRead(file), progress.Set);
            return await Platform.DataPools.AddDataPoolFileAsync(DataPoolId!, Read, name, MediaTypes.OfFile(file), token);
        });
    }
}
