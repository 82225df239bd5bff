using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes relations of an algorithm.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmRelation",
    HelpUri = HelpUris.Base + "Remove-QHubAlgorithmRelation.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmRelationCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "AlgorithmRelation";
    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"relation {id} of algorithm {AlgorithmId}", "Delete"),
        async (id, token) =>
    {
        await Platform.Algorithms.DeleteRelationAsync(AlgorithmId!, id, token);
        return null;
    });
}
