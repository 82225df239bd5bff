using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Sets the monthly budget's limit (or removes it with -NoLimit) and the alert threshold.</summary>
[Cmdlet(VerbsCommon.Set, "QHubBudget",
    HelpUri = HelpUris.Base + "Set-QHubBudget.md", SupportsShouldProcess = true, DefaultParameterSetName = LimitSet)]
[OutputType(typeof(Budget))]
public sealed class SetQHubBudgetCommand : PlatformCmdletBase
{
    const string LimitSet = "Limit", NoLimitSet = "NoLimit";

    /// <summary>The monthly limit in major units of -Currency (12.5 is 12.50 USD).</summary>
    [Parameter(ParameterSetName = LimitSet, Position = 0)]
    [ValidateRange(0, double.MaxValue)]
    public decimal? Limit { get; set; }

    [Parameter(ParameterSetName = LimitSet)]
    [ValidatePattern("^[A-Za-z]{3}$")]
    [ArgumentCompleter(typeof(CurrencyCompleter))]
    public string Currency { get; set; } = "USD";

    [Parameter(Mandatory = true, ParameterSetName = NoLimitSet)]
    public SwitchParameter NoLimit { get; set; }

    [Parameter]
    [ValidateRange(1, 100)]
    public int? AlertThresholdPercent { get; set; }

    protected override string ErrorNoun => "Budget";

    protected override void ProcessRecord()
    {
        var request = new BudgetRequest
        {
            Limit = Limit is { } limit ? new Money { Value = limit, Currency = Currency.ToUpperInvariant() } : null,
            ClearLimit = NoLimit,
            AlertThresholdPercent = AlertThresholdPercent,
        };
        var change = NoLimit ? "Remove the limit" : Limit is { } l ? $"Limit to {l} {Currency.ToUpperInvariant()} a month" :
            "Change the alert threshold";
        if (!ShouldProcess($"the budget of {OrganizationId ?? Hub.Context}", change)) return;
        ForTarget(Context, async token => await Platform.Billing.UpdateBudgetAsync(request, token));
    }
}
