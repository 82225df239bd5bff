using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Your account: who you are to the Hub, what kind of account, and your organizations.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAccount", HelpUri = HelpUris.Base + "Get-QHubAccount.md")]
[OutputType(typeof(Account))]
public sealed class GetQHubAccountCommand : OrganizationCmdletBase
{
    protected override string ErrorNoun => "Account";

    protected override void ProcessRecord() => ForTarget("me", async token => await Platform.Users.GetAccountAsync(token));
}
