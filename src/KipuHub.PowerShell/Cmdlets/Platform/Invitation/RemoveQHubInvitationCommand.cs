using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Declines invitations to you, or revokes those of organizations you own.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubInvitation", HelpUri = HelpUris.Base + "Remove-QHubInvitation.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubInvitationCommand : OrganizationCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("InvitationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(InvitationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Invitation";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"invitation {id}", "Decline or revoke"),
        async (id, token) =>
    {
        await Platform.Users.DeleteInvitationAsync(id, token);
        return null;
    });
}
