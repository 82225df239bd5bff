using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The current user's personal access tokens: names and dates, never their values.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAccessToken", HelpUri = HelpUris.Base + "Get-QHubAccessToken.md")]
[OutputType(typeof(AccessToken))]
public sealed class GetQHubAccessTokenCommand : UserCmdletBase
{
    protected override string ErrorNoun => "AccessToken";

    protected override void ProcessRecord() => ForTarget("me", async token => await User.GetPersonalAccessTokensAsync(token));
}
