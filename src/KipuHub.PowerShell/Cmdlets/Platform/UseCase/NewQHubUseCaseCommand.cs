using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates a use case; a title in use in the context is UseCaseConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubUseCase", HelpUri = HelpUris.Base + "New-QHubUseCase.md", SupportsShouldProcess = true)]
[OutputType(typeof(UseCase))]
public sealed class NewQHubUseCaseCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Title { get; set; }
    [Parameter] public string? Summary { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public string? Industry { get; set; }

    protected override string ErrorNoun => "UseCase";

    protected override void ProcessRecord()
    {
        var target = $"use case '{Title}'";
        if (!ShouldProcess(target, "Create")) return;
        var request = new CatalogContentRequest { Title = Title, Summary = Summary, Description = Description, Industry = Industry };
        ForTarget(target, async token => await Platform.UseCases.CreateAsync(request, token), creates: true);
    }
}
