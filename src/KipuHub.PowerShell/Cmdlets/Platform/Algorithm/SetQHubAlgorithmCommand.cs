using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes algorithms; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubAlgorithm", HelpUri = HelpUris.Base + "Set-QHubAlgorithm.md", SupportsShouldProcess = true)]
[OutputType(typeof(Algorithm))]
public sealed class SetQHubAlgorithmCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProblemType { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord()
    {
        var request = new CatalogContentRequest { Name = Name, Summary = Summary, Description = Description, ProblemType = ProblemType };
        ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Change"), async (id, token) =>
            await Platform.Algorithms.UpdateAsync(id, request, token));
    }
}
