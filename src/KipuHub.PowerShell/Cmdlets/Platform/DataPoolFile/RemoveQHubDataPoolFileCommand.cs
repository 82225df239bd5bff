using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes files of a data pool; files from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolFile", HelpUri = HelpUris.Base + "Remove-QHubDataPoolFile.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolFileCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("FileId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolFileIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolFile";


    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"file {id} of data pool {DataPoolId}", "Delete"), async (id, token) =>
        {
            await Platform.DataPools.DeleteDataPoolFileAsync(DataPoolId!, id, token);
            return null;
        });
}
