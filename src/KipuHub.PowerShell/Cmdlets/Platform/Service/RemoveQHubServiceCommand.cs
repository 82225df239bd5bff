using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes catalog services; one with a published version is ServiceConflict until unpublished.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubService",
    HelpUri = HelpUris.Base + "Remove-QHubService.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Service";


    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"service {id}", "Delete with all its versions", Force), async (id, token) =>
        {
            await Platform.Services.DeleteServiceAsync(id, token);
            return null;
        });
}
