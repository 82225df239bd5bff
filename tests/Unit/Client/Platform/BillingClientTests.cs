using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Client.Quantum;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Billing, quantum workload costs and eligibility against the emulator: the figures of its own jobs add up.</summary>
public sealed class BillingClientTests : EmulatorFixture
{
    async Task CompletedJobAsync(string organization, string backend, int shots, KipuHub.Client.Quantum.Models.JobInput? input = null)
    {
        using var quantum = Quantum(organization);
        await FinishedJobAsync(quantum, shots, backend, input);
    }

    [Fact]
    public async Task A_completed_jobs_price_is_charged_once_everywhere_and_the_balance_is_credits_less_charges()
    {
        // aws.ionq.aria: 0.30 USD per job and 0.03 per shot; azure.ionq.simulator is free.
        await CompletedJobAsync("org-billing", "aws.ionq.aria", 10);
        await CompletedJobAsync("org-billing", "aws.ionq.aria", 20);
        await CompletedJobAsync("org-billing", "azure.ionq.simulator", 5);
        using var platform = new HubPlatformClient(Options("org-billing"));

        var history = await platform.Billing.GetBillingHistoryAsync();
        Assert.Equal(new[] { 0.90m, 0.60m }, history.Where(e => e.Type == "CHARGE").Select(e => e.Amount!.Value).OrderByDescending(v => v));
        Assert.Equal(100m, history.Single(e => e.Type == "CREDIT").Amount);
        Assert.Equal(98.50m, (await platform.Billing.GetBalanceAsync()).Amount);
        Assert.Equal(98.50m, Assert.Single(await platform.Billing.GetCreditsAsync()).Remaining);

        var byBackend = await platform.Billing.GetCostReportAsync();
        Assert.Equal(1.50m, byBackend.Total);
        Assert.Equal("1.50 USD", byBackend.Totals.ToString());
        Assert.Equal(byBackend.Total, byBackend.Rows!.Sum(r => r.Amount));
        var aria = Assert.Single(byBackend.Rows!, r => r.Amount > 0);
        Assert.Equal(("aws.ionq.aria", 2, 30L), (aria.BackendId, aria.JobCount, aria.Shots));
        Assert.Equal("AWS", Assert.Single((await platform.Billing.GetCostReportAsync(groupBy: "provider")).Rows!, r => r.Amount > 0).Key);
        Assert.Empty((await platform.Billing.GetCostReportAsync(DateTimeOffset.UtcNow.AddDays(-3), DateTimeOffset.UtcNow.AddDays(-2))).Rows!);
        await Assert.ThrowsAsync<ArgumentException>(() => platform.Billing.GetCostReportAsync(groupBy: "colour"));

        var now = DateTimeOffset.UtcNow;
        var month = await platform.Billing.GetCostsByMonthAsync(now.Year, now.Month);
        Assert.Equal(1.50m, month.Amount);
        Assert.Equal("aws.ionq.aria", Assert.Single(month.Groups!.Single(g => g.Name == "AWS").Products!).Name);
        Assert.Equal(0m, (await platform.Billing.GetRevenueByMonthAsync(now.Year, now.Month)).Amount);

        var workloads = await platform.QuantumWorkloads.GetCostsAsync();
        Assert.Equal(1.50m, workloads.Where(r => r.OrganizationId == "org-billing").Sum(r => r.Amount));
        Assert.DoesNotContain(await platform.ForOrganization(Organization("org-untouched")).Billing.GetBillingHistoryAsync(), e => e.Type == "CHARGE");
    }

    // The fixture runs each job for 150 ms. Gates of the Bell circuit: one H (1-qubit), one CX (2-qubit).
    [Theory]
    [InlineData("aws.iqm.garnet", "0.3145", "USD")]       // 0.30 a job + 0.00145 × 10 shots
    [InlineData("ibm.kyiv", "0.24", "USD")]               // 1.6 a second × 0.15 s
    [InlineData("aws.sim.sv1", "0.000188", "USD")]        // 0.075 a minute × 0.0025 min, to six places
    [InlineData("iqm.emerald", "0.0033", "EUR")]          // (0.00003 × 1 + 0.0003 × 1 gate) × 10 shots
    public async Task Each_kind_of_price_is_charged_as_the_backend_states_it(string backend, string amount, string currency)
    {
        var organization = "org-price-" + backend.Replace('.', '-');
        await CompletedJobAsync(organization, backend, 10, backend == "iqm.emerald" ? Circuits.BellQasm() : null);
        using var platform = new HubPlatformClient(Options(organization));
        var charge = Assert.Single(await platform.Billing.GetBillingHistoryAsync(), e => e.Type == "CHARGE");
        Assert.Equal((decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), currency), (charge.Amount!.Value, charge.Currency));
    }

    [Theory]
    [InlineData("0.44500", "0.445")]
    [InlineData("62.55000", "62.55")]
    [InlineData("100", "100")]
    [InlineData("0.000001", "0.000001")]
    public void An_amount_reads_without_the_trailing_zeros_of_the_senders_arithmetic(string sent, string shown)
    {
        var money = System.Text.Json.JsonSerializer.Deserialize<Money>($"{{\"value\":{sent},\"currency\":\"USD\"}}")!;
        Assert.Equal(shown, money.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Amounts_of_different_currencies_are_never_added_nor_taken_off_the_dollar_credit()
    {
        // iqm.emerald prices gates in EUR; aws.ionq.aria prices jobs and shots in USD.
        await CompletedJobAsync("org-currencies", "iqm.emerald", 10, Circuits.BellQasm());
        await CompletedJobAsync("org-currencies", "aws.ionq.aria", 10);
        using var platform = new HubPlatformClient(Options("org-currencies"));

        var euro = Assert.Single(await platform.Billing.GetBillingHistoryAsync(), e => e.Currency == "EUR");
        Assert.True(euro.Amount > 0);
        Assert.Equal(99.40m, (await platform.Billing.GetBalanceAsync()).Amount);
        Assert.Equal(99.40m, Assert.Single(await platform.Billing.GetCreditsAsync()).Remaining);

        var report = await platform.Billing.GetCostReportAsync();
        Assert.Null(report.Total);
        Assert.Equal(new[] { ("EUR", euro.Amount!.Value), ("USD", 0.60m) },
            report.Totals.Select(t => (t.Currency!, t.Value!.Value)).OrderBy(t => t.Item1));
        Assert.Matches(@"^\d+\.\d+ EUR; 0\.60 USD$", report.Totals.ToString());
        Assert.Equal(new[] { ("aws.ionq.aria", "USD", 0.60m), ("iqm.emerald", "EUR", euro.Amount!.Value) },
            report.Rows!.Select(r => (r.BackendId!, r.Currency!, r.Amount!.Value)));
        var workloads = await platform.QuantumWorkloads.GetCostsAsync();
        Assert.Equal("EUR", workloads.Single(r => r.BackendId == "iqm.emerald").Currency);
        var now = DateTimeOffset.UtcNow;
        Assert.Null((await platform.Billing.GetCostsByMonthAsync(now.Year, now.Month)).Amount);
    }

    [Fact]
    public async Task A_budget_counts_this_months_charges_and_eligibility_names_the_check_that_failed()
    {
        await CompletedJobAsync("org-budget", "aws.ionq.aria", 10);
        using var platform = new HubPlatformClient(Options("org-budget"));
        Assert.True((await platform.Eligibility.CheckAsync("aws.ionq.aria")).Eligible);
        await Assert.ThrowsAsync<ArgumentException>(() => platform.Billing.UpdateBudgetAsync(new BudgetRequest { Limit = new Money { Value = -1 } }));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Billing.UpdateBudgetAsync(new BudgetRequest { AlertThresholdPercent = 120 }));

        var budget = await platform.Billing.UpdateBudgetAsync(new BudgetRequest { Limit = new Money { Value = 0.5m, Currency = "USD" }, AlertThresholdPercent = 80 });
        Assert.Equal((0.5m, 0.6m, 80), (budget.Limit!.Value, budget.Spent!.Value, budget.AlertThresholdPercent!.Value));
        var refused = await platform.Eligibility.CheckAsync("aws.ionq.aria");
        Assert.False(refused.Eligible);
        Assert.False(refused.Checks!.Single(c => c.Name == "budget").Passed);
        Assert.False((await platform.Eligibility.CheckAsync("aws.rigetti.ankaa")).Checks!.Single(c => c.Name == "backendAccepting").Passed);
        Assert.False((await platform.Eligibility.CheckAsync("no.such.backend")).Checks!.Single(c => c.Name == "backendKnown").Passed);

        Assert.Null((await platform.Billing.UpdateBudgetAsync(new BudgetRequest { ClearLimit = true })).Limit);
        Assert.Equal(80, (await platform.Billing.GetBudgetAsync()).AlertThresholdPercent);
        Assert.True((await platform.Eligibility.CheckAsync("aws.ionq.aria")).Eligible);
    }
}
