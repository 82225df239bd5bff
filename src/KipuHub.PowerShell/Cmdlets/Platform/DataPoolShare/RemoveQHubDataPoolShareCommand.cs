using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Stops sharing data pools; shares from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolShare", HelpUri = HelpUris.Base + "Remove-QHubDataPoolShare.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolShareCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ShareId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolShare";

    protected override void ProcessRecord() => RemoveShares(Platform.DataPoolShares, "data pool", DataPoolId!, Id);
}
