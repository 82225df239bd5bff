using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The monthly budget of the context and what this month spent of it.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBudget", HelpUri = HelpUris.Base + "Get-QHubBudget.md")]
[OutputType(typeof(Budget))]
public sealed class GetQHubBudgetCommand : PlatformCmdletBase
{
    protected override string ErrorNoun => "Budget";

    protected override void ProcessRecord() => ForTarget(Context, async token => await Platform.Billing.GetBudgetAsync(token));
}
