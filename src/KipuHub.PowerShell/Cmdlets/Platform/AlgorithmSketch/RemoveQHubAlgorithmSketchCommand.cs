using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes sketches of an algorithm.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmSketch", HelpUri = HelpUris.Base + "Remove-QHubAlgorithmSketch.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmSketchCommand : PlatformCmdletBase
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

    protected override string ErrorNoun => "AlgorithmSketch";
    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"sketch {id} of algorithm {AlgorithmId}", "Delete"),
        async (id, token) =>
    {
        await Platform.Algorithms.DeleteSketchAsync(AlgorithmId!, id, token);
        return null;
    });
}
