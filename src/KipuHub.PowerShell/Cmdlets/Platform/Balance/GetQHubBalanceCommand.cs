using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The balance of the context: credits less charges.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBalance", HelpUri = HelpUris.Base + "Get-QHubBalance.md")]
[OutputType(typeof(Balance))]
public sealed class GetQHubBalanceCommand : PlatformCmdletBase
{
    protected override string ErrorNoun => "Billing";

    protected override void ProcessRecord() => ForTarget(Context, async token => await Platform.Billing.GetBalanceAsync(token));
}
