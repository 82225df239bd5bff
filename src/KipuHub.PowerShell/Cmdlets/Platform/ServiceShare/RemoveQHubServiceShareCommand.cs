using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Stops sharing services; shares from the pipeline bind by their Id and ServiceId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubServiceShare", HelpUri = HelpUris.Base + "Remove-QHubServiceShare.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceShareCommand : PlatformCmdletBase
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

    protected override string ErrorNoun => "ServiceShare";

    protected override void ProcessRecord() => RemoveShares(Platform.ServiceShares, "service", ServiceId!, Id);
}
