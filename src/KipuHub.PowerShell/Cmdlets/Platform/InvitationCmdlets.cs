using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Your account: who you are to the Hub, what kind of account, and your organizations.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAccount")]
[OutputType(typeof(Account))]
public sealed class GetQHubAccountCommand : QHubCmdlet
{
    protected override string ErrorNoun => "Account";

    protected override void ProcessRecord() => ForTarget("me", async token => await Hub.Platform.Users.GetAccountAsync(token));
}

/// <summary>Invitations to you, and those of the organizations you own; -Pending leaves out the accepted ones.</summary>
[Cmdlet(VerbsCommon.Get, "QHubInvitation")]
[OutputType(typeof(Invitation))]
public sealed class GetQHubInvitationCommand : QHubCmdlet
{
    [Parameter] public SwitchParameter Pending { get; set; }

    protected override string ErrorNoun => "Invitation";

    protected override void ProcessRecord() => ForTarget("invitations", async token =>
        (await Hub.Platform.Users.GetInvitationsAsync(token)).Where(i => !Pending || i.Status == "PENDING").ToList());
}

/// <summary>Invites email addresses into an organization you own, with the role they get on accepting.</summary>
[Cmdlet(VerbsCommon.New, "QHubInvitation", SupportsShouldProcess = true)]
[OutputType(typeof(Invitation))]
public sealed class NewQHubInvitationCommand : InOrganizationCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] Email { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string Role { get; set; } = "VIEWER";

    protected override string ErrorNoun => "Invitation";

    protected override int TargetCount => Email.Length;

    protected override void ProcessRecord() => ForEachId(Email, email => ShouldProcess($"organization {OrganizationId}", $"Invite {email} as {Role}"), async (email, token) =>
        await Platform.Users.InviteAsync(OrganizationId!, email, Role, token));
}

/// <summary>Accepts invitations to you: you become a member of the organization with the invitation's role.</summary>
[Cmdlet(VerbsLifecycle.Approve, "QHubInvitation", SupportsShouldProcess = true)]
[OutputType(typeof(Invitation))]
public sealed class ApproveQHubInvitationCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvitationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Invitation";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"invitation {id}", "Accept and join the organization"), async (id, token) =>
        await Hub.Platform.Users.AcceptInvitationAsync(id, token));
}

/// <summary>Declines invitations to you, or revokes those of organizations you own.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubInvitation", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubInvitationCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvitationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Invitation";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"invitation {id}", "Decline or revoke"), async (id, token) =>
    {
        await Hub.Platform.Users.DeleteInvitationAsync(id, token);
        return null;
    });
}
