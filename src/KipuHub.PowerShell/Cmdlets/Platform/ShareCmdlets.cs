using System.Management.Automation;
using KipuHub.Client.Platform;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// The share cmdlets of a kind of resource (data pools, services): the concrete cmdlet names the resource's id
/// parameter and its shares client, these bases do the rest. Not generic: see GetCatalogResourceCommand.
/// </summary>
public abstract class ShareCmdlet : QHubPlatformCmdlet
{
    protected abstract IShares Shares { get; }

    /// <summary>"data pool", "service": how targets and confirmations name the resource.</summary>
    protected abstract string Resource { get; }
}

/// <summary>Lists who else sees resources, and as what.</summary>
public abstract class GetShareCommand : ShareCmdlet
{
    protected abstract string[] ResourceIds { get; }

    protected override int TargetCount => ResourceIds.Length;

    protected override void ProcessRecord() => ForEachId(ResourceIds, _ => true, async (id, token) => await Shares.GetSharesAsync(id, token));
}

/// <summary>Shares a resource with a user or an organization; a second share with them is &lt;Noun&gt;Conflict.</summary>
public abstract class NewShareCommand : ShareCmdlet
{
    protected const string UserSet = "User", OrganizationSet = "Organization";

    [Parameter(Mandatory = true, ParameterSetName = UserSet)]
    [ValidateNotNullOrEmpty]
    public string? UserId { get; set; }

    /// <summary>The organization to share with (the call's own organization is -OrganizationId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = OrganizationSet)]
    [ValidateNotNullOrEmpty]
    public string? WithOrganizationId { get; set; }

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER")]
    public string Permission { get; set; } = "VIEWER";

    protected abstract string? ResourceId { get; }

    protected override void ProcessRecord()
    {
        var (type, principal) = ParameterSetName == UserSet ? ("USER", UserId!) : ("ORGANIZATION", WithOrganizationId!);
        if (!ShouldProcess($"{Resource} {ResourceId}", $"Share with {type.ToLowerInvariant()} {principal} as {Permission}")) return;
        ForTarget(ResourceId, async token => await Shares.CreateShareAsync(ResourceId!, type, principal, Permission, token), creates: true);
    }
}

/// <summary>A cmdlet about shares by id; shares from the pipeline bind by their Id and their resource's id.</summary>
public abstract class ShareIdCommand : ShareCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("ShareId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected abstract string? ResourceId { get; }

    protected override int TargetCount => Id.Length;
}

/// <summary>Changes the permission of shares.</summary>
public abstract class SetShareCommand : ShareIdCommand
{
    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER")]
    public string? Permission { get; set; }

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"share {id} of {Resource} {ResourceId}", $"Make it {Permission}"), async (id, token) =>
        await Shares.UpdateShareAsync(ResourceId!, id, Permission!, token));
}

/// <summary>Stops sharing resources.</summary>
public abstract class RemoveShareCommand : ShareIdCommand
{
    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"share {id} of {Resource} {ResourceId}", "Stop sharing"), async (id, token) =>
    {
        await Shares.DeleteShareAsync(ResourceId!, id, token);
        return null;
    });
}
