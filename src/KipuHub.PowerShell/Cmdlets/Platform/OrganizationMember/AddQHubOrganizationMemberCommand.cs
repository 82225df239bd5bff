using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// Adds users to an organization with a role. Add, not New: the user exists already and joins, as with
/// Add-ADGroupMember; a user who is a member already is OrganizationMemberConflict.
/// </summary>
[Cmdlet(VerbsCommon.Add, "QHubOrganizationMember", HelpUri = HelpUris.Base + "Add-QHubOrganizationMember.md", SupportsShouldProcess = true)]
[OutputType(typeof(OrganizationMember))]
public sealed class AddQHubOrganizationMemberCommand : OrganizationCmdletBase
{
    /// <summary>The organization; an organization or a member from the pipeline binds by its OrganizationId. By default the
    /// context's (Set-QHubContext -OrganizationId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string[] UserId { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string Role { get; set; } = "VIEWER";

    protected override string ErrorNoun => "OrganizationMember";

    protected override void ProcessRecord()
    {
        var organization = OrganizationOf(OrganizationId);
        ForEachId(UserId, id => ShouldProcess($"organization {Hub.ShownOrganization(organization)}",
            $"Add user {id} as {Role}"), async (id, token) =>
            await PlatformIn(organization).Organizations.AddMemberAsync(organization, id, Role, token),
            creates: true, refersTo: new[] { "User", "Organization" });
    }
}
