using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Adds a sketch to an algorithm; a title in use there is AlgorithmSketchConflict.</summary>
[Cmdlet(VerbsCommon.Add, "QHubAlgorithmSketch", HelpUri = HelpUris.Base + "Add-QHubAlgorithmSketch.md", SupportsShouldProcess = true)]
[OutputType(typeof(AlgorithmSketch))]
public sealed class AddQHubAlgorithmSketchCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "AlgorithmSketch";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"algorithm {AlgorithmId}", $"Add the sketch '{Title}'")) return;
        ForTarget(AlgorithmId, async token => await Platform.Algorithms.AddSketchAsync(AlgorithmId!,
            new AlgorithmSketchRequest { Title = Title!, Description = Description }, token), creates: true,
                refersTo: new[] { "Algorithm" });
    }
}
