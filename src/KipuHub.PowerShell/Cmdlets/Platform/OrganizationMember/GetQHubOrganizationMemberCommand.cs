using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists the members of organizations and their roles.</summary>
[Cmdlet(VerbsCommon.Get, "QHubOrganizationMember", HelpUri = HelpUris.Base + "Get-QHubOrganizationMember.md")]
[OutputType(typeof(OrganizationMember))]
public sealed class GetQHubOrganizationMemberCommand : OrganizationCmdletBase
{
    /// <summary>The organization; an organization or a member from the pipeline binds by its OrganizationId. By default the
    /// context's (Set-QHubContext -OrganizationId).</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override void ProcessRecord()
    {
        var organization = OrganizationOf(OrganizationId);
        ForTarget(organization, async token =>
            await PlatformIn(organization).Organizations.GetMembersAsync(organization, token));
    }
}
