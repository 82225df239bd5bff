using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes use cases; parameters left out stay as they are.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUseCase", HelpUri = HelpUris.Base + "Set-QHubUseCase.md", SupportsShouldProcess = true)]
[OutputType(typeof(UseCase))]
public sealed class SetQHubUseCaseCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UseCaseIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? Industry { get; set; }

    protected override string ErrorNoun => "UseCase";

    protected override void ProcessRecord()
    {
        var request = new CatalogContentRequest { Title = Title, Summary = Summary, Description = Description, Industry = Industry };
        ForEachId(Id, id => ShouldProcess($"{ErrorNoun} {id}", "Change"), async (id, token) =>
            await Platform.UseCases.UpdateAsync(id, request, token));
    }
}
