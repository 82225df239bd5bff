using System.Text.Json.Nodes;
using KipuHub.Client.Quantum.Models;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Platform;

/// <summary>
/// Billing's sums on a catalog of its own, where each backend's prices make one case: a job that spends the credit to
/// exactly nothing, prices that are free (daily availability, zero) beside a paid one, gates priced per gate and shot in
/// EUR, amounts of two currencies never added.
/// </summary>
public sealed class BillingPriceTests() : ClockedEmulatorFixture(new DateTimeOffset(2026, 3, 15, 12, 0, 0, TimeSpan.Zero)), IDisposable
{
    const string Org = "org-prices";
    readonly string seedFile = Path.GetTempFileName();

    protected override void Configure(EmulatorOptions options)
    {
        base.Configure(options);
        File.WriteAllText(seedFile, new JsonArray(
            Backend("test.hundred", "KIPU", ("job", "USD", 100m)),
            Backend("test.daily", "KIPU", ("daily", "USD", 5m)),
            Backend("test.mixed", "KIPU", ("shot", "USD", 0m), ("job", "USD", 1m)),
            Backend("test.cent", "KIPU", ("job", "USD", 0.01m)),
            Backend("test.gates", "IQM", ("1-Qubit Gate Shot", "EUR", 0.001m), ("2-Qubit Gate Shot", "EUR", 0.01m))).ToJsonString());
        options.BackendSeedFile = seedFile;
    }

    public void Dispose() => File.Delete(seedFile);

    static JsonObject Backend(string id, string provider, params (string Granularity, string Currency, decimal Value)[] costs) => new()
    {
        ["id"] = id,
        ["provider"] = provider,
        ["type"] = "SIMULATOR",
        ["status"] = "ONLINE",
        ["configuration"] = new JsonObject { ["qubit_count"] = 5 },
        ["costs"] = new JsonArray(costs.Select(c => (JsonNode)new JsonObject
        {
            ["granularity"] = c.Granularity,
            ["currency"] = c.Currency,
            ["value"] = c.Value,
        }).ToArray()),
    };

    // Two one-qubit and two two-qubit gates: a price per gate counted once, or divided by the count, comes out otherwise.
    static QudoraJobInput TwoOfEach() =>
        new("OPENQASM 2.0; include \"qelib1.inc\"; qreg q[2]; creg c[2]; h q[0]; h q[1]; cx q[0],q[1]; cx q[1],q[0]; measure q -> c;");

    async Task<JsonNode> GetAsync(string path)
    {
        using var http = Http();
        return await RawJson.GetAsync(http, "qc-catalog/" + path, Organization(Org));
    }

    async Task<(bool Passed, string Reason)> CreditCheckAsync(string backend)
    {
        var check = (await GetAsync("eligibility?backendId=" + backend))["checks"]!.AsArray()
            .Single(c => c!["name"]!.GetValue<string>() == "credit")!;
        return (check["passed"]!.GetValue<bool>(), check["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_credit_spent_to_exactly_nothing_refuses_paid_backends_and_leaves_free_ones_open()
    {
        await CompletedJobAsync(Organization(Org), 1, "test.hundred");

        Assert.Equal(0m, (await GetAsync("billing/balance"))["amountMajor"]!["value"]!.GetValue<decimal>());
        Assert.Equal((false, "The balance is 0.00 USD."), await CreditCheckAsync("test.hundred"));
        Assert.Equal((false, "The balance is 0.00 USD."), await CreditCheckAsync("test.mixed"));   // one paid price is enough
        Assert.Equal((true, "test.daily is free."), await CreditCheckAsync("test.daily"));        // availability is not per job
    }

    [Fact]
    public async Task The_balance_takes_off_every_charge()
    {
        await CompletedJobAsync(Organization(Org), 1, "test.cent");
        await CompletedJobAsync(Organization(Org), 1, "test.mixed");
        Assert.Equal((true, "The balance is 98.99 USD."), await CreditCheckAsync("test.hundred"));
    }

    [Fact]
    public async Task Gates_are_priced_per_gate_and_shot_in_their_own_currency_and_amounts_carry_no_trailing_zeros()
    {
        await CompletedJobAsync(Organization(Org), 10, "test.gates", TwoOfEach());   // (0.001 × 2 + 0.01 × 2) × 10 EUR

        var report = await GetAsync("billing/cost-report");
        Assert.Equal("""{"value":0.22,"currency":"EUR"}""", report["totalMajor"]!.ToJsonString());
        Assert.Equal(100m, (await GetAsync("billing/balance"))["amountMajor"]!["value"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Amounts_of_two_currencies_are_reported_apart_and_an_empty_period_totals_nothing_in_dollars()
    {
        var empty = await GetAsync("billing/cost-report?groupBy=none");
        Assert.Equal("""{"value":0,"currency":"USD"}""", empty["totalMajor"]!.ToJsonString());

        await CompletedJobAsync(Organization(Org), 10, "test.gates", TwoOfEach());
        await CompletedJobAsync(Organization(Org), 1, "test.cent");
        var report = await GetAsync("billing/cost-report?groupBy=none");
        Assert.Null(report["totalMajor"]);
        Assert.Equal(new[] { ("EUR", 0.22m), ("USD", 0.01m) }, report["totalsMajor"]!.AsArray().Select(Amount));
        Assert.Equal(new[] { ("EUR", 0.22m), ("USD", 0.01m) }, report["rows"]!.AsArray().Select(r => Amount(r!["amountMajor"])));
    }

    [Fact]
    public async Task A_months_costs_are_grouped_by_provider_with_a_product_per_backend_in_order_and_summed()
    {
        await CompletedJobAsync(Organization(Org), 1, "test.mixed");
        await CompletedJobAsync(Organization(Org), 1, "test.cent");
        await CompletedJobAsync(Organization(Org), 1, "test.cent");
        await CompletedJobAsync(Organization(Org), 10, "test.gates", TwoOfEach());

        var groups = (await GetAsync("dashboard/costs?month=3&year=2026"))["groups"]!.AsArray();
        Assert.Equal(new[] { ("IQM", "EUR", 0.22m), ("KIPU", "USD", 1.02m) },
            groups.Select(g => (g!["name"]!.GetValue<string>(), Amount(g["amountMajor"]).Currency, Amount(g["amountMajor"]).Value)));
        Assert.Equal(new[] { ("test.cent", 0.02m), ("test.mixed", 1m) }, groups[1]!["products"]!.AsArray()
            .Select(p => (p!["name"]!.GetValue<string>(), p["amountMajor"]!["value"]!.GetValue<decimal>())));
    }

    static (string Currency, decimal Value) Amount(JsonNode? money) =>
        (money!["currency"]!.GetValue<string>(), money["value"]!.GetValue<decimal>());
}
