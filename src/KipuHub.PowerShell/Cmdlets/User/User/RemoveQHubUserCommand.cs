using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Deletes the current user's account, with its tokens: this connection stops working.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUser",
    HelpUri = HelpUris.Base + "Remove-QHubUser.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUserCommand : UserCmdletBase
{
    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "User";

    protected override void ProcessRecord()
    {
        var who = Hub.Account ?? "the current user";
        if (!ShouldProcess(who, "Delete the account and all its personal access tokens, for good", Force)) return;
        ForTarget("me", async token =>
        {
            await User.DeleteCurrentUserAsync(token);
            return null;
        });
    }
}
