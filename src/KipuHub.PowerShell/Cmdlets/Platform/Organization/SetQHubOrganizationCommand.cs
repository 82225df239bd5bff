using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes the name or description of organizations (maintainers and owners).</summary>
[Cmdlet(VerbsCommon.Set, "QHubOrganization", HelpUri = HelpUris.Base + "Set-QHubOrganization.md", SupportsShouldProcess = true)]
[OutputType(typeof(Organization))]
public sealed class SetQHubOrganizationCommand : OrganizationCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "Organization";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"organization {id}", "Change the name or description"),
        async (id, token) =>
        await Platform.Organizations.UpdateOrganizationAsync(id, new OrganizationRequest { Name = Name, Description = Description },
            token));
}
