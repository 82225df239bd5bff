using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets data pools by id, or lists those of the context.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPool", HelpUri = HelpUris.Base + "Get-QHubDataPool.md")]
[OutputType(typeof(DataPool))]
public sealed class GetQHubDataPoolCommand : PlatformCmdletBase
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "DataPool";


    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, async (id, token) => await Platform.DataPools.GetDataPoolAsync(id, token));
        else ForTarget(Context, async token => await Platform.DataPools.GetDataPoolsAsync(token));
    }
}
