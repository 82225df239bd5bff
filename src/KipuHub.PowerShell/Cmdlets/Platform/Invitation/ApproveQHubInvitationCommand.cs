using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Accepts invitations to you: you become a member of the organization with the invitation's role.</summary>
[Cmdlet(VerbsLifecycle.Approve, "QHubInvitation", HelpUri = HelpUris.Base + "Approve-QHubInvitation.md", SupportsShouldProcess = true)]
[OutputType(typeof(Invitation))]
public sealed class ApproveQHubInvitationCommand : OrganizationCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvitationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(InvitationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Invitation";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"invitation {id}", "Accept and join the organization"),
        async (id, token) =>
        await Platform.Users.AcceptInvitationAsync(id, token));
}
