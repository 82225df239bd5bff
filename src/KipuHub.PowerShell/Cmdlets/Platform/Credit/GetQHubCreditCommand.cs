using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The credits granted to the context and what remains of them.</summary>
[Cmdlet(VerbsCommon.Get, "QHubCredit", HelpUri = HelpUris.Base + "Get-QHubCredit.md")]
[OutputType(typeof(Credit))]
public sealed class GetQHubCreditCommand : PlatformCmdletBase
{
    protected override string ErrorNoun => "Billing";

    protected override void ProcessRecord() => ForTarget(Context, async token => await Platform.Billing.GetCreditsAsync(token));
}
