using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>What quantum jobs cost across your personal context and your organizations, one flat row per context and backend.</summary>
[Cmdlet(VerbsCommon.Get, "QHubQuantumWorkloadCost", HelpUri = HelpUris.Base + "Get-QHubQuantumWorkloadCost.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubQuantumWorkloadCostCommand : PlatformCmdletBase
{
    [Parameter] public DateTimeOffset? From { get; set; }
    [Parameter] public DateTimeOffset? To { get; set; }

    protected override string ErrorNoun => "Billing";

    protected override void Begin()
    {
        EnsurePeriod(From, To);
        base.Begin();
    }

    protected override void ProcessRecord() => ForTarget("quantum workloads", async token =>
        (await Platform.QuantumWorkloads.GetCostsAsync(From, To, token)).Select(row => CostRowView.Of(row, From, To)).ToList());
}
