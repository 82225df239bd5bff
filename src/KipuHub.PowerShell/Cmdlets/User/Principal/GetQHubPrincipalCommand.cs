using System.Management.Automation;
using KipuHub.Client.User.Models;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The principal behind the connection's token: its kind, user and organization.</summary>
[Cmdlet(VerbsCommon.Get, "QHubPrincipal", HelpUri = HelpUris.Base + "Get-QHubPrincipal.md")]
[OutputType(typeof(Principal))]
public sealed class GetQHubPrincipalCommand : UserCmdletBase
{
    protected override string ErrorNoun => "Principal";

    protected override void ProcessRecord() => ForTarget("token", async token => await User.AuthorizeByPersonalAccessTokenAsync(token));
}
