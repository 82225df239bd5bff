using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes implementations; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubImplementation", HelpUri = HelpUris.Base + "Set-QHubImplementation.md", SupportsShouldProcess = true)]
[OutputType(typeof(Implementation))]
public sealed class SetQHubImplementationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ImplementationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? ProgrammingLanguage { get; set; }
    [Parameter] public string? SourceUrl { get; set; }

    protected override string ErrorNoun => "Implementation";

    protected override void ProcessRecord()
    {
        var request = new CatalogContentRequest
        {
            Name = Name,
            Description = Description,
            ProgrammingLanguage = ProgrammingLanguage,
            SourceUrl = SourceUrl
        };
        ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Change"), async (id, token) =>
            await Platform.Implementations.UpdateAsync(id, request, token));
    }
}
