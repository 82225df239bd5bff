using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists the services that may read data pools.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolGrant", HelpUri = HelpUris.Base + "Get-QHubDataPoolGrant.md")]
[OutputType(typeof(DataPoolGrant))]
public sealed class GetQHubDataPoolGrantCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";


    protected override void ProcessRecord() => ForEachId(DataPoolId, async (id, token) =>
        await Platform.DataPoolGrants.GetGrantsAsync(id, token));
}
