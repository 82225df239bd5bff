using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gives applications a new consumer secret: the old one stops working at once. Only where the Hub allows it.</summary>
[Cmdlet(VerbsCommon.Reset, "QHubApplicationCredential",
    HelpUri = HelpUris.Base + "Reset-QHubApplicationCredential.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PSObject))]
public sealed class ResetQHubApplicationCredentialCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    /// <summary>Skips the confirmation, for scripts and runbooks (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"application {id}",
        "Replace the consumer secret (the old one stops working)", Force), async (id, token) =>
        ApplicationSecretView.Credentials(id, await Platform.Applications.RegenerateApplicationCredentialsAsync(id, token), AsPlainText));
}
