using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes use cases.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUseCase",
    HelpUri = HelpUris.Base + "Remove-QHubUseCase.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUseCaseCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UseCaseIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts and runbooks.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "UseCase";

    protected override void ProcessRecord() => RemoveEach(Id, ErrorNoun, Force, Platform.UseCases.DeleteAsync);
}
