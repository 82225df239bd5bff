using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists who else sees data pools, and as what.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolShare", HelpUri = HelpUris.Base + "Get-QHubDataPoolShare.md")]
[OutputType(typeof(DataPoolShare))]
public sealed class GetQHubDataPoolShareCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";

    protected override void ProcessRecord() => ForEachId(DataPoolId, async (id, token) =>
        await Platform.DataPoolShares.GetSharesAsync(id, token));
}
