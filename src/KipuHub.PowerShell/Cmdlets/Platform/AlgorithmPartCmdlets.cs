using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A cmdlet about the parts of an algorithm (sketches, relations, permissions); an algorithm or part from the pipeline binds by its AlgorithmId.</summary>
public abstract class AlgorithmPartCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? AlgorithmId { get; set; }

    protected override string ErrorNoun => "Algorithm";
}

/// <summary>A cmdlet that removes parts of an algorithm by their ids; parts from the pipeline bind by their Id and AlgorithmId.</summary>
public abstract class RemoveAlgorithmPartCmdlet : AlgorithmPartCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Id.Length;

    protected abstract string Part { get; }

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"{Part} {id} of algorithm {AlgorithmId}", "Delete"), async (id, token) =>
    {
        await DeleteAsync(id, token);
        return null;
    });

    protected abstract Task DeleteAsync(string id, CancellationToken token);
}

/// <summary>The sketches of an algorithm: figures or short texts showing how it works.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmSketch")]
[OutputType(typeof(AlgorithmSketch))]
public sealed class GetQHubAlgorithmSketchCommand : AlgorithmPartCmdlet
{
    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token => await Platform.Algorithms.GetSketchesAsync(AlgorithmId!, token));
}

/// <summary>Adds a sketch to an algorithm; a title in use there is AlgorithmSketchConflict.</summary>
[Cmdlet(VerbsCommon.Add, "QHubAlgorithmSketch", SupportsShouldProcess = true)]
[OutputType(typeof(AlgorithmSketch))]
public sealed class AddQHubAlgorithmSketchCommand : AlgorithmPartCmdlet
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "AlgorithmSketch";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"algorithm {AlgorithmId}", $"Add the sketch '{Title}'")) return;
        ForTarget(AlgorithmId, async token => await Platform.Algorithms.AddSketchAsync(AlgorithmId!, new AlgorithmSketchRequest { Title = Title!, Description = Description }, token), creates: true);
    }
}

/// <summary>Deletes sketches of an algorithm.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmSketch", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmSketchCommand : RemoveAlgorithmPartCmdlet
{
    protected override string ErrorNoun => "AlgorithmSketch";
    protected override string Part => "sketch";
    protected override Task DeleteAsync(string id, CancellationToken token) => Platform.Algorithms.DeleteSketchAsync(AlgorithmId!, id, token);
}

/// <summary>How an algorithm relates to others.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmRelation")]
[OutputType(typeof(AlgorithmRelation))]
public sealed class GetQHubAlgorithmRelationCommand : AlgorithmPartCmdlet
{
    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token => await Platform.Algorithms.GetRelationsAsync(AlgorithmId!, token));
}

/// <summary>Relates an algorithm to another of the context (SUBROUTINE_OF, VARIANT_OF, SPECIAL_CASE_OF, ...).</summary>
[Cmdlet(VerbsCommon.Add, "QHubAlgorithmRelation", SupportsShouldProcess = true)]
[OutputType(typeof(AlgorithmRelation))]
public sealed class AddQHubAlgorithmRelationCommand : AlgorithmPartCmdlet
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? TargetAlgorithmId { get; set; }
    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? RelationType { get; set; }

    protected override string ErrorNoun => "AlgorithmRelation";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"algorithm {AlgorithmId}", $"Relate as {RelationType} to {TargetAlgorithmId}")) return;
        var request = new AlgorithmRelationRequest { TargetAlgorithmId = TargetAlgorithmId!, RelationType = RelationType!.ToUpperInvariant() };
        ForTarget(AlgorithmId, async token => await Platform.Algorithms.AddRelationAsync(AlgorithmId!, request, token), creates: true);
    }
}

/// <summary>Deletes relations of an algorithm.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmRelation", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmRelationCommand : RemoveAlgorithmPartCmdlet
{
    protected override string ErrorNoun => "AlgorithmRelation";
    protected override string Part => "relation";
    protected override Task DeleteAsync(string id, CancellationToken token) => Platform.Algorithms.DeleteRelationAsync(AlgorithmId!, id, token);
}

/// <summary>Who may see or change an algorithm besides its owner.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmPermission")]
[OutputType(typeof(AlgorithmPermission))]
public sealed class GetQHubAlgorithmPermissionCommand : AlgorithmPartCmdlet
{
    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token => await Platform.Algorithms.GetPermissionsAsync(AlgorithmId!, token));
}

/// <summary>Gives a user or an organization a permission on an algorithm, or changes the one it has: Set, as there is one per principal.</summary>
[Cmdlet(VerbsCommon.Set, "QHubAlgorithmPermission", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(AlgorithmPermission))]
public sealed class SetQHubAlgorithmPermissionCommand : AlgorithmPartCmdlet
{
    const string UserSet = "User", OrganizationSet = "Organization";

    [Parameter(Mandatory = true, ParameterSetName = UserSet)][ValidateNotNullOrEmpty] public string? UserId { get; set; }

    /// <summary>The organization to give the permission (the call's own organization is -OrganizationId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = OrganizationSet)][ValidateNotNullOrEmpty] public string? WithOrganizationId { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateSet("VIEWER", "MAINTAINER", "OWNER")]
    public string? Permission { get; set; }

    protected override string ErrorNoun => "AlgorithmPermission";

    protected override void ProcessRecord()
    {
        var (type, principal) = ParameterSetName == UserSet ? ("USER", UserId!) : ("ORGANIZATION", WithOrganizationId!);
        if (!ShouldProcess($"algorithm {AlgorithmId}", $"Make {type.ToLowerInvariant()} {principal} {Permission}")) return;
        var request = new AlgorithmPermissionRequest { PrincipalType = type, PrincipalId = principal, Permission = Permission! };
        ForTarget(AlgorithmId, async token => await Platform.Algorithms.SetPermissionAsync(AlgorithmId!, request, token));
    }
}

/// <summary>Takes permissions on an algorithm away.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmPermission", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmPermissionCommand : RemoveAlgorithmPartCmdlet
{
    protected override string ErrorNoun => "AlgorithmPermission";
    protected override string Part => "permission";
    protected override Task DeleteAsync(string id, CancellationToken token) => Platform.Algorithms.DeletePermissionAsync(AlgorithmId!, id, token);
}
