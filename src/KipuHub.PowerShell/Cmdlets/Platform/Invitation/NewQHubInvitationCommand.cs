using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Invites email addresses into an organization you own, with the role they get on accepting.</summary>
[Cmdlet(VerbsCommon.New, "QHubInvitation", HelpUri = HelpUris.Base + "New-QHubInvitation.md", SupportsShouldProcess = true)]
[OutputType(typeof(Invitation))]
public sealed class NewQHubInvitationCommand : OrganizationCmdletBase
{
    /// <summary>The organization; an organization or a member from the pipeline binds by its OrganizationId. By default the
    /// context's (Set-QHubContext -OrganizationId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] Email { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string Role { get; set; } = "VIEWER";

    protected override string ErrorNoun => "Invitation";

    protected override void ProcessRecord()
    {
        var organization = OrganizationOf(OrganizationId);
        ForEachId(Email, email => ShouldProcess($"organization {Hub.ShownOrganization(organization)}",
            $"Invite {email} as {Role}"), async (email, token) =>
            await PlatformIn(organization).Users.InviteAsync(organization, email, Role, token));
    }
}
