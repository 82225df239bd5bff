using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Removes members from an organization; never its last owner (OrganizationMemberConflict).</summary>
[Cmdlet(VerbsCommon.Remove, "QHubOrganizationMember",
    HelpUri = HelpUris.Base + "Remove-QHubOrganizationMember.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubOrganizationMemberCommand : OrganizationCmdletBase
{
    /// <summary>The organization; an organization or a member from the pipeline binds by its OrganizationId. By default the
    /// context's (Set-QHubContext -OrganizationId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string[] UserId { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "OrganizationMember";

    protected override void ProcessRecord()
    {
        var organization = OrganizationOf(OrganizationId);
        ForEachId(UserId, id => ShouldProcess($"member {id} of organization {Hub.ShownOrganization(organization)}",
            "Remove", Force), async (id, token) =>
        {
            await PlatformIn(organization).Organizations.RemoveMemberAsync(organization, id, token);
            return null;
        });
    }
}
