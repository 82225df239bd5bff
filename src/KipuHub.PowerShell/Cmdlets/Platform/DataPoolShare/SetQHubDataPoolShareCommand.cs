using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes the permission of data pool shares; shares from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Set, "QHubDataPoolShare", HelpUri = HelpUris.Base + "Set-QHubDataPoolShare.md", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolShare))]
public sealed class SetQHubDataPoolShareCommand : PlatformCmdletBase
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

    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER")]
    public string? Permission { get; set; }

    protected override string ErrorNoun => "DataPoolShare";

    protected override void ProcessRecord() => ChangeShares(Platform.DataPoolShares, "data pool", DataPoolId!, Id, Permission!);
}
