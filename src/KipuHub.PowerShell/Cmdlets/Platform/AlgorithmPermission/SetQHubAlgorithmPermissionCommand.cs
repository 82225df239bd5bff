using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gives a user or an organization a permission on an algorithm, or changes the one it has: Set, as there is one per
/// principal.</summary>
[Cmdlet(VerbsCommon.Set, "QHubAlgorithmPermission",
    HelpUri = HelpUris.Base + "Set-QHubAlgorithmPermission.md", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(AlgorithmPermission))]
public sealed class SetQHubAlgorithmPermissionCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    const string UserSet = "User", OrganizationSet = "Organization";

    [ArgumentCompleter(typeof(MemberIdCompleter))]
    [Parameter(Mandatory = true, ParameterSetName = UserSet)][ValidateNotNullOrEmpty] public string? UserId { get; set; }

    /// <summary>The organization to give the permission (the call's own organization is -OrganizationId).</summary>
    [Parameter(Mandatory = true,
        ParameterSetName = OrganizationSet)]
    [ValidateNotNullOrEmpty][ArgumentCompleter(typeof(OrganizationIdCompleter))] public string? WithOrganizationId { get; set; }

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
