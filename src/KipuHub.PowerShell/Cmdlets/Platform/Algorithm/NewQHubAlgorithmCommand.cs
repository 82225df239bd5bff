using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates an algorithm; a name in use in the context is AlgorithmConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubAlgorithm", HelpUri = HelpUris.Base + "New-QHubAlgorithm.md", SupportsShouldProcess = true)]
[OutputType(typeof(Algorithm))]
public sealed class NewQHubAlgorithmCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProblemType { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord()
    {
        var target = $"algorithm '{Name}'";
        if (!ShouldProcess(target, "Create")) return;
        var request = new CatalogContentRequest { Name = Name, Summary = Summary, Description = Description, ProblemType = ProblemType };
        ForTarget(target, async token => await Platform.Algorithms.CreateAsync(request, token), creates: true);
    }
}
