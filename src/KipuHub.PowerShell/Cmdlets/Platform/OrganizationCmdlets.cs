using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets organizations by id, or lists those the user belongs to.</summary>
[Cmdlet(VerbsCommon.Get, "QHubOrganization")]
[OutputType(typeof(Organization))]
public sealed class GetQHubOrganizationCommand : QHubCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override int TargetCount => Math.Max(Id?.Length ?? 0, 1);

    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, _ => true, async (id, token) => await Hub.Platform.Organizations.GetOrganizationAsync(id, token));
        else ForTarget("organizations", async token => await Hub.Platform.Organizations.GetOrganizationsAsync(token));
    }
}

/// <summary>Creates an organization whose owner is the user; a name in use is OrganizationConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubOrganization", SupportsShouldProcess = true)]
[OutputType(typeof(Organization))]
public sealed class NewQHubOrganizationCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"organization '{Name}'", "Create")) return;
        ForTarget(Name, async token => await Hub.Platform.Organizations.CreateOrganizationAsync(Name!, Description, token), creates: true);
    }
}

/// <summary>Changes the name or description of organizations (maintainers and owners).</summary>
[Cmdlet(VerbsCommon.Set, "QHubOrganization", SupportsShouldProcess = true)]
[OutputType(typeof(Organization))]
public sealed class SetQHubOrganizationCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"organization {id}", "Change the name or description"), async (id, token) =>
        await Hub.Platform.Organizations.UpdateOrganizationAsync(id, new OrganizationRequest { Name = Name, Description = Description }, token));
}

/// <summary>Deletes organizations (owners) with everything in them.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubOrganization", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubOrganizationCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("OrganizationId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Organization";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"organization {id}", "Delete with everything in it", Force), async (id, token) =>
    {
        await Hub.Platform.Organizations.DeleteOrganizationAsync(id, token);
        return null;
    });
}
