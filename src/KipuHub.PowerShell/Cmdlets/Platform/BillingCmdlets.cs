using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The balance of the context: credits less charges.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBalance")]
[OutputType(typeof(Balance))]
public sealed class GetQHubBalanceCommand : QHubPlatformCmdlet
{
    protected override string ErrorNoun => "Billing";

    protected override void ProcessRecord() => ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Billing.GetBalanceAsync(token));
}

/// <summary>The monthly budget of the context and what this month spent of it.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBudget")]
[OutputType(typeof(Budget))]
public sealed class GetQHubBudgetCommand : QHubPlatformCmdlet
{
    protected override string ErrorNoun => "Budget";

    protected override void ProcessRecord() => ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Billing.GetBudgetAsync(token));
}

/// <summary>Sets the monthly budget's limit (or removes it with -NoLimit) and the alert threshold.</summary>
[Cmdlet(VerbsCommon.Set, "QHubBudget", SupportsShouldProcess = true, DefaultParameterSetName = LimitSet)]
[OutputType(typeof(Budget))]
public sealed class SetQHubBudgetCommand : QHubPlatformCmdlet
{
    const string LimitSet = "Limit", NoLimitSet = "NoLimit";

    /// <summary>The monthly limit in major units of -Currency (12.5 is 12.50 USD).</summary>
    [Parameter(ParameterSetName = LimitSet, Position = 0)]
    [ValidateRange(0, double.MaxValue)]
    public decimal? Limit { get; set; }

    [Parameter(ParameterSetName = LimitSet)]
    [ValidatePattern("^[A-Za-z]{3}$")]
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
        var change = NoLimit ? "Remove the limit" : Limit is { } l ? $"Limit to {l} {Currency.ToUpperInvariant()} a month" : "Change the alert threshold";
        if (!ShouldProcess($"the budget of {OrganizationId ?? Hub.Context}", change)) return;
        ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Billing.UpdateBudgetAsync(request, token));
    }
}

/// <summary>The credits granted to the context and what remains of them.</summary>
[Cmdlet(VerbsCommon.Get, "QHubCredit")]
[OutputType(typeof(Credit))]
public sealed class GetQHubCreditCommand : QHubPlatformCmdlet
{
    protected override string ErrorNoun => "Billing";

    protected override void ProcessRecord() => ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Billing.GetCreditsAsync(token));
}

/// <summary>A billing cmdlet over a period: -From (inclusive) and -To (exclusive); by default this month so far.</summary>
public abstract class BillingPeriodCmdlet : QHubPlatformCmdlet
{
    [Parameter] public DateTimeOffset? From { get; set; }
    [Parameter] public DateTimeOffset? To { get; set; }

    protected override string ErrorNoun => "Billing";

    protected override void BeginProcessing()
    {
        if (From > To)
            ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-From ({From:O}) is after -To ({To:O})."), "InvalidArgument", ErrorCategory.InvalidArgument, From));
        base.BeginProcessing();
    }

    /// <summary>One flat row of costs, ready for Format-Table and Export-Csv: no nested objects.</summary>
    protected PSObject Row(CostRow row, DateTimeOffset? from, DateTimeOffset? to) => (PSObject)PlainObjects.ToPowerShell(new Dictionary<string, object?>
    {
        ["From"] = from,
        ["To"] = to,
        ["Key"] = row.Key ?? row.BackendId,
        ["OrganizationId"] = row.OrganizationId,
        ["BackendId"] = row.BackendId,
        ["Provider"] = row.Provider,
        ["Jobs"] = row.JobCount,
        ["Shots"] = row.Shots,
        ["Amount"] = row.Amount?.Value,
        ["Currency"] = row.Amount?.Currency,
    }, GetQHubCostReportCommand.TypeName)!;
}

/// <summary>Credits and charges over a period, newest first.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBillingHistory")]
[OutputType(typeof(BillingHistoryEntry))]
public sealed class GetQHubBillingHistoryCommand : BillingPeriodCmdlet
{
    protected override void ProcessRecord() => ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.Billing.GetBillingHistoryAsync(From, To, token));
}

/// <summary>What the context's quantum jobs cost over a period, one flat row per backend, provider or day.</summary>
[Cmdlet(VerbsCommon.Get, "QHubCostReport")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubCostReportCommand : BillingPeriodCmdlet
{
    public const string TypeName = "KipuHub.CostReportRow";

    [Parameter]
    [ValidateSet("Backend", "Provider", "Day", "None")]
    public string GroupBy { get; set; } = "Backend";

    protected override void ProcessRecord() => ForTarget(OrganizationId ?? Hub.Context, async token =>
    {
        var report = await Platform.Billing.GetCostReportAsync(From, To, GroupBy.ToLowerInvariant(), token);
        return (report.Rows ?? new List<CostRow>()).Select(row => Row(row, report.From, report.To)).ToList();
    });
}

/// <summary>What quantum jobs cost across your personal context and your organizations, one flat row per context and backend.</summary>
[Cmdlet(VerbsCommon.Get, "QHubQuantumWorkloadCost")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubQuantumWorkloadCostCommand : BillingPeriodCmdlet
{
    protected override void ProcessRecord() => ForTarget("quantum workloads", async token =>
        (await Platform.QuantumWorkloads.GetCostsAsync(From, To, token)).Select(row => Row(row, From, To)).ToList());
}

/// <summary>Whether the principal may run on a backend now: $true or $false, or with -Detailed each check and its reason.</summary>
[Cmdlet(VerbsDiagnostic.Test, "QHubEligibility")]
[OutputType(typeof(bool), typeof(Eligibility))]
public sealed class TestQHubEligibilityCommand : QHubPlatformCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string? BackendId { get; set; }

    [Parameter] public SwitchParameter Detailed { get; set; }

    protected override string ErrorNoun => "Eligibility";

    protected override void ProcessRecord()
    {
        Eligibility eligibility;
        try
        {
            eligibility = Run(token => Platform.Eligibility.CheckAsync(BackendId, token));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new Errors.ErrorContext(ErrorNoun), BackendId);
            return;
        }
        // On the pipeline thread: why a $false is false, for -Verbose.
        foreach (var failed in eligibility.Checks?.Where(c => !c.Passed) ?? Enumerable.Empty<EligibilityCheck>()) WriteVerbose(failed.ToString());
        WriteObject(Detailed ? eligibility : eligibility.Eligible);
    }
}
