using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The sketches of an algorithm: figures or short texts showing how it works.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmSketch", HelpUri = HelpUris.Base + "Get-QHubAlgorithmSketch.md")]
[OutputType(typeof(AlgorithmSketch))]
public sealed class GetQHubAlgorithmSketchCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token =>
        await Platform.Algorithms.GetSketchesAsync(AlgorithmId!, token));
}
