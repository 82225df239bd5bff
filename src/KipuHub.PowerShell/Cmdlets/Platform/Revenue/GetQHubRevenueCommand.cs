using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>What the context's services earned in a month (this month by default), with its groups and products.</summary>
[Cmdlet(VerbsCommon.Get, "QHubRevenue", HelpUri = HelpUris.Base + "Get-QHubRevenue.md")]
[OutputType(typeof(MonthAmount))]
public sealed class GetQHubRevenueCommand : PlatformCmdletBase
{
    /// <summary>The year; this year (UTC) by default.</summary>
    [Parameter]
    [ValidateRange(2000, 9999)]
    public int Year { get; set; } = DateTime.UtcNow.Year;

    /// <summary>The month, 1 to 12; this month (UTC) by default.</summary>
    [Parameter(Position = 0)]
    [ValidateRange(1, 12)]
    public int Month { get; set; } = DateTime.UtcNow.Month;

    protected override string ErrorNoun => "Billing";

    protected override void ProcessRecord() =>
        ForTarget(Context, async token => await Platform.Billing.GetRevenueByMonthAsync(Year, Month, token));
}
