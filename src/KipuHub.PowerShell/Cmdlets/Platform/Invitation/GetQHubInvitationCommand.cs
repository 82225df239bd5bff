using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Invitations to you, and those of the organizations you own; -Pending leaves out the accepted ones.</summary>
[Cmdlet(VerbsCommon.Get, "QHubInvitation", HelpUri = HelpUris.Base + "Get-QHubInvitation.md")]
[OutputType(typeof(Invitation))]
public sealed class GetQHubInvitationCommand : OrganizationCmdletBase
{
    [Parameter] public SwitchParameter Pending { get; set; }

    protected override string ErrorNoun => "Invitation";

    protected override void ProcessRecord() => ForTarget("invitations", async token =>
        (await Platform.Users.GetInvitationsAsync(token)).Where(i => !Pending || i.Status == "PENDING").ToList());
}
