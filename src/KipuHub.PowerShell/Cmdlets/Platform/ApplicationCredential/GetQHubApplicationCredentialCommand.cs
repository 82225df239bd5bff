using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// The gateway credentials of applications: consumer key, consumer secret (a SecureString unless -AsPlainText)
/// and both as a PSCredential, ready for Connect-QHubService -Credential.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubApplicationCredential", HelpUri = HelpUris.Base + "Get-QHubApplicationCredential.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubApplicationCredentialCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        ApplicationSecretView.Credentials(id, await Platform.Applications.GetApplicationCredentialsAsync(id, token), AsPlainText));
}
