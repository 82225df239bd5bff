using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Replaces the default personal access token; the old one stops working at once.</summary>
[Cmdlet(VerbsCommon.Reset, "QHubAccessToken",
    HelpUri = HelpUris.Base + "Reset-QHubAccessToken.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(PSObject))]
public sealed class ResetQHubAccessTokenCommand : UserCmdletBase
{
    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "AccessToken";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the default personal access token", "Regenerate (the old one stops working at once)", Force)) return;
        WriteWarning($"If this session's connection uses the default token (from {Hub.TokenSource}), it stops working now: connect again " +
            $"with the new token (Connect-QHub -Token).");
        ForTarget("default", async token => NewAccessTokenView.Of(await User.RegenerateDefaultPersonalAccessTokenAsync(token),
            AsPlainText), creates: true);
    }
}
