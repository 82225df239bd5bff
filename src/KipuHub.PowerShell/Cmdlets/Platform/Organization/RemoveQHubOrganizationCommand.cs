using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes organizations (owners) with everything in them.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubOrganization",
    HelpUri = HelpUris.Base + "Remove-QHubOrganization.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubOrganizationCommand : OrganizationCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Organization";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"organization {id}", "Delete with everything in it",
        Force), async (id, token) =>
    {
        await Platform.Organizations.DeleteOrganizationAsync(id, token);
        return null;
    });
}
