using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>How an algorithm relates to others.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmRelation", HelpUri = HelpUris.Base + "Get-QHubAlgorithmRelation.md")]
[OutputType(typeof(AlgorithmRelation))]
public sealed class GetQHubAlgorithmRelationCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token =>
        await Platform.Algorithms.GetRelationsAsync(AlgorithmId!, token));
}
