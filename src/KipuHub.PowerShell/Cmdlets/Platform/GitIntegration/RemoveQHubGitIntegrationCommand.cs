using System.Management.Automation;
using System.Security;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes git integrations.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubGitIntegration",
    HelpUri = HelpUris.Base + "Remove-QHubGitIntegration.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubGitIntegrationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts and runbooks.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "GitIntegration";

    protected override void ProcessRecord() => RemoveEach(Id, ErrorNoun, Force, Platform.GitIntegrations.DeleteAsync);
}
