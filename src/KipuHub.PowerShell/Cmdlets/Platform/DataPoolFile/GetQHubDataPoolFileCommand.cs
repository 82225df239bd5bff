using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists the files of data pools; a data pool from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolFile", HelpUri = HelpUris.Base + "Get-QHubDataPoolFile.md")]
[OutputType(typeof(DataPoolFile))]
public sealed class GetQHubDataPoolFileCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";


    protected override void ProcessRecord() =>
        ForEachId(DataPoolId, async (id, token) => await Platform.DataPools.GetDataPoolFilesAsync(id, token));
}
