using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>What the context's quantum jobs cost over a period, one flat row per backend, provider or day.</summary>
[Cmdlet(VerbsCommon.Get, "QHubCostReport", HelpUri = HelpUris.Base + "Get-QHubCostReport.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubCostReportCommand : PlatformCmdletBase
{
    [Parameter] public DateTimeOffset? From { get; set; }
    [Parameter] public DateTimeOffset? To { get; set; }

    protected override string ErrorNoun => "Billing";

    protected override void Begin()
    {
        EnsurePeriod(From, To);
        base.Begin();
    }

    [Parameter]
    [ValidateSet("Backend", "Provider", "Day", "None")]
    public string GroupBy { get; set; } = "Backend";

    protected override void ProcessRecord() => ForTarget(Context, async token =>
    {
        var report = await Platform.Billing.GetCostReportAsync(From, To, GroupBy.ToLowerInvariant(), token);
        return (report.Rows ?? new List<CostRow>()).Select(row => CostRowView.Of(row, report.From, report.To)).ToList();
    });
}
