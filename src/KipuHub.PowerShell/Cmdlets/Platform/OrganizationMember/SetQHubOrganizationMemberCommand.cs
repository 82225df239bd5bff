using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes members' roles; the last owner stays one (OrganizationMemberConflict). Members bind from the pipeline.</summary>
[Cmdlet(VerbsCommon.Set, "QHubOrganizationMember", HelpUri = HelpUris.Base + "Set-QHubOrganizationMember.md", SupportsShouldProcess = true)]
[OutputType(typeof(OrganizationMember))]
public sealed class SetQHubOrganizationMemberCommand : OrganizationCmdletBase
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

    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string? Role { get; set; }

    protected override string ErrorNoun => "OrganizationMember";

    protected override void ProcessRecord()
    {
        var organization = OrganizationOf(OrganizationId);
        ForEachId(UserId, id => ShouldProcess($"member {id} of organization {Hub.ShownOrganization(organization)}",
            $"Make {Role}"), async (id, token) =>
            await PlatformIn(organization).Organizations.UpdateMemberAsync(organization, id, Role!, token));
    }
}
