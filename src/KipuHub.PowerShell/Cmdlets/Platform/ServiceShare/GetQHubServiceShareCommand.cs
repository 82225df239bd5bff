using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists who else sees services, and as what; a service from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceShare", HelpUri = HelpUris.Base + "Get-QHubServiceShare.md")]
[OutputType(typeof(ServiceShare))]
public sealed class GetQHubServiceShareCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string[] ServiceId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord() => ForEachId(ServiceId, async (id, token) =>
        await Platform.ServiceShares.GetSharesAsync(id, token));
}
