using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets organizations by id, or lists those the user belongs to.</summary>
[Cmdlet(VerbsCommon.Get, "QHubOrganization", HelpUri = HelpUris.Base + "Get-QHubOrganization.md")]
[OutputType(typeof(Organization))]
public sealed class GetQHubOrganizationCommand : OrganizationCmdletBase
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "Organization";


    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, async (id, token) => await Platform.Organizations.GetOrganizationAsync(id, token));
        else ForTarget("organizations", async token => await Platform.Organizations.GetOrganizationsAsync(token));
    }
}
