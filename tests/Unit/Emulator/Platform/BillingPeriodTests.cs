using System.Text.Json.Nodes;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Platform;

/// <summary>
/// Billing's periods at their edges, on an emulator whose clock stands at a month's last instant: a charge on the first
/// instant of a month is that month's, a period's start is in it and its end is not, and a job not yet finished is no
/// charge.
/// </summary>
public sealed class BillingPeriodTests() : ClockedEmulatorFixture(February - JobDuration)
{
    const string Org = "org-edges";
    static readonly DateTimeOffset February = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    async Task<JsonNode> GetAsync(string path)
    {
        using var http = Http();
        return await RawJson.GetAsync(http, "qc-catalog/" + path, Organization(Org));
    }

    async Task<decimal> MonthAsync(int month, int year) =>
        (await GetAsync($"dashboard/costs?month={month}&year={year}"))["amountMajor"]!["value"]!.GetValue<decimal>();

    async Task<string[]> HistoryAsync(DateTimeOffset from, DateTimeOffset to) =>
        (await GetAsync($"billing/history?from={Query(from)}&to={Query(to)}")).AsArray().Select(e => e!["id"]!.GetValue<string>())
            .ToArray();

    async Task<int> ReportedJobsAsync(DateTimeOffset from, DateTimeOffset to) =>
        (await GetAsync($"billing/cost-report?groupBy=none&from={Query(from)}&to={Query(to)}"))["rows"]!.AsArray()
            .Sum(r => r!["jobCount"]!.GetValue<int>());

    async Task<int> WorkloadJobsAsync(DateTimeOffset from, DateTimeOffset to) =>
        (await GetAsync($"quantum-workloads/costs?from={Query(from)}&to={Query(to)}")).AsArray()
            .Sum(r => r!["jobCount"]!.GetValue<int>());

    [Fact]
    public async Task A_charge_on_the_first_instant_of_a_month_is_that_months_and_a_periods_end_is_not_in_it()
    {
        var job = await CompletedJobAsync(Organization(Org), 10, "aws.ionq.aria");   // 0.30 + 0.03 × 10
        Assert.Equal(February, Clock.Now);

        Assert.Equal(0.60m, await MonthAsync(2, 2026));
        Assert.Equal(0m, await MonthAsync(1, 2026));
        Assert.Equal(0m, await MonthAsync(12, 2025));    // December's end is the next January, only December 9999 has none

        var before = February.AddDays(-1);
        var after = February.AddDays(1);
        Assert.Equal(new[] { "charge-" + job, "credit-welcome" }, await HistoryAsync(before, after));
        Assert.Equal(new[] { "charge-" + job }, await HistoryAsync(February, after));
        Assert.Equal(new[] { "credit-welcome" }, await HistoryAsync(before, February));
        Assert.Empty(await HistoryAsync(February, February));   // an empty period, not a reversed one
        Assert.Equal((1, 0, 0), (await ReportedJobsAsync(February, after), await ReportedJobsAsync(before, February),
            await ReportedJobsAsync(February, February)));
        Assert.Equal((1, 0, 0), (await WorkloadJobsAsync(February, after), await WorkloadJobsAsync(before, February),
            await WorkloadJobsAsync(February, February)));
    }

    [Fact]
    public async Task A_budget_counts_this_months_charges_and_a_new_month_starts_it_again()
    {
        await CompletedJobAsync(Organization(Org), 10, "aws.ionq.aria");

        Assert.Equal(0.60m, (await GetAsync("billing/budget"))["spentMajor"]!["value"]!.GetValue<decimal>());
        Clock.Now = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(0m, (await GetAsync("billing/budget"))["spentMajor"]!["value"]!.GetValue<decimal>());
        Assert.Equal(99.40m, (await GetAsync("billing/balance"))["amountMajor"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task The_welcome_credit_is_granted_when_the_emulator_first_starts_and_is_in_a_period_from_that_instant()
    {
        var granted = February - JobDuration;
        var credit = (await GetAsync("billing/credits")).AsArray().Single()!;
        Assert.Equal(("credit-welcome", "Welcome credit", granted, granted.AddYears(1), "USD"), (credit["id"]!.GetValue<string>(),
            credit["reason"]!.GetValue<string>(), credit["grantedAt"]!.GetValue<DateTimeOffset>(),
            credit["expiresAt"]!.GetValue<DateTimeOffset>(), credit["amountMajor"]!["currency"]!.GetValue<string>()));

        var history = (await GetAsync($"billing/history?from={Query(granted)}")).AsArray().Single()!;
        Assert.Equal(("credit-welcome", 100m, "USD"), (history["id"]!.GetValue<string>(),
            history["amountMajor"]!["value"]!.GetValue<decimal>(), history["amountMajor"]!["currency"]!.GetValue<string>()));
        Assert.Empty(await HistoryAsync(granted.AddYears(-1), granted));
    }

    [Fact]
    public async Task A_refusal_is_dated_by_the_emulators_clock()
    {
        using var http = Http();
        var (status, body) = await RawJson.SendAsync(http, HttpMethod.Get, "qc-catalog/billing/history?from=yesterday");
        Assert.Equal((System.Net.HttpStatusCode.BadRequest, Clock.Now), (status, body!["timestamp"]!.GetValue<DateTimeOffset>()));
    }

    [Fact]
    public async Task A_job_not_yet_finished_is_no_charge()
    {
        using (var quantum = Quantum(Organization(Org)))
            await quantum.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), 10, "aws.ionq.aria"));   // the clock stands still: PENDING

        Assert.Equal(100m, (await GetAsync("billing/balance"))["amountMajor"]!["value"]!.GetValue<decimal>());
        Assert.Equal(new[] { "credit-welcome" }, await HistoryAsync(February.AddDays(-1), February.AddDays(1)));
        Assert.Equal(0, await ReportedJobsAsync(February.AddDays(-1), February.AddDays(1)));
    }
}
