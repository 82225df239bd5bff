using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes the permission of service shares; shares from the pipeline bind by their Id and ServiceId.</summary>
[Cmdlet(VerbsCommon.Set, "QHubServiceShare", HelpUri = HelpUris.Base + "Set-QHubServiceShare.md", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceShare))]
public sealed class SetQHubServiceShareCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? ServiceId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ShareId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER")]
    public string? Permission { get; set; }

    protected override string ErrorNoun => "ServiceShare";

    protected override void ProcessRecord() => ChangeShares(Platform.ServiceShares, "service", ServiceId!, Id, Permission!);
}
