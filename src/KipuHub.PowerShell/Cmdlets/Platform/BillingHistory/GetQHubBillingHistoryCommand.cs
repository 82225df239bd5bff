using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Credits and charges over a period, newest first.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBillingHistory")]
[OutputType(typeof(BillingHistoryEntry))]
public sealed class GetQHubBillingHistoryCommand : PlatformCmdletBase
{
    [Parameter] public DateTimeOffset? From { get; set; }
    [Parameter] public DateTimeOffset? To { get; set; }

    protected override string ErrorNoun => "Billing";

    protected override void Begin()
    {
        EnsurePeriod(From, To);
        base.Begin();
    }

    protected override void ProcessRecord() => ForTarget(Context, async token =>
        await Platform.Billing.GetBillingHistoryAsync(From, To, token));
}
