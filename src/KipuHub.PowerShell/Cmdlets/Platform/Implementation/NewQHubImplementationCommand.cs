using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates an implementation of an algorithm of the context; an algorithm from the pipeline binds by its AlgorithmId.</summary>
[Cmdlet(VerbsCommon.New, "QHubImplementation", HelpUri = HelpUris.Base + "New-QHubImplementation.md", SupportsShouldProcess = true)]
[OutputType(typeof(Implementation))]
public sealed class NewQHubImplementationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)][ValidateNotNullOrEmpty] public string? AlgorithmId { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProgrammingLanguage { get; set; }
    [Parameter] public string? SourceUrl { get; set; }

    protected override string ErrorNoun => "Implementation";

    protected override void ProcessRecord()
    {
        var target = $"implementation '{Name}' of algorithm {AlgorithmId}";
        if (!ShouldProcess(target, "Create")) return;
        var request = new CatalogContentRequest
        {
            Name = Name,
            AlgorithmId = AlgorithmId,
            Description = Description,
            ProgrammingLanguage = ProgrammingLanguage,
            SourceUrl = SourceUrl
        };
        ForTarget(target, async token => await Platform.Implementations.CreateAsync(request, token), creates: true,
            refersTo: new[] { "Algorithm" });
    }
}
