using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Relates an algorithm to another of the context (SUBROUTINE_OF, VARIANT_OF, SPECIAL_CASE_OF, ...).</summary>
[Cmdlet(VerbsCommon.Add, "QHubAlgorithmRelation", HelpUri = HelpUris.Base + "Add-QHubAlgorithmRelation.md", SupportsShouldProcess = true)]
[OutputType(typeof(AlgorithmRelation))]
public sealed class AddQHubAlgorithmRelationCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? TargetAlgorithmId { get; set; }
    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? RelationType { get; set; }

    protected override string ErrorNoun => "AlgorithmRelation";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"algorithm {AlgorithmId}", $"Relate as {RelationType} to {TargetAlgorithmId}")) return;
        var request = new AlgorithmRelationRequest
        {
            TargetAlgorithmId = TargetAlgorithmId!,
            RelationType = RelationType!.ToUpperInvariant()
        };
        ForTarget(AlgorithmId, async token => await Platform.Algorithms.AddRelationAsync(AlgorithmId!, request, token), creates: true,
            refersTo: new[] { "Algorithm" });
    }
}
