using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates an organization whose owner is the user; a name in use is OrganizationConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubOrganization", HelpUri = HelpUris.Base + "New-QHubOrganization.md", SupportsShouldProcess = true)]
[OutputType(typeof(Organization))]
public sealed class NewQHubOrganizationCommand : OrganizationCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"organization '{Name}'", "Create")) return;
        ForTarget(Name, async token => await Platform.Organizations.CreateOrganizationAsync(Name!, Description, token), creates: true);
    }
}
