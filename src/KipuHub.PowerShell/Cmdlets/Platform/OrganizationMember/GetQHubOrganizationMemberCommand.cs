using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists the members of organizations and their roles.</summary>
[Cmdlet(VerbsCommon.Get, "QHubOrganizationMember")]
[OutputType(typeof(OrganizationMember))]
public sealed class GetQHubOrganizationMemberCommand : OrganizationCmdletBase
{
    /// <summary>The organization; an organization or a member from the pipeline binds by its OrganizationId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override void ProcessRecord() => ForTarget(OrganizationId, async token =>
        await PlatformIn(OrganizationId).Organizations.GetMembersAsync(OrganizationId!, token));
}
