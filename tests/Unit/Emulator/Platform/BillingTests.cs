using System.Net;
using System.Text.Json.Nodes;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Platform;

/// <summary>
/// The emulator's billing on the wire, where a client's own checks do not stand in front of it: the budget's validation, the
/// periods and groupings of the reports, the history's entries, eligibility's checks and reasons, a balance below zero.
/// </summary>
public sealed class BillingTests : EmulatorFixture
{
    const string Api = "qc-catalog/";

    async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(string organization, HttpMethod method, string path, object? body = null)
    {
        using var http = Http();
        return await RawJson.SendAsync(http, method, Api + path, body, Organization(organization));
    }

    async Task<JsonNode> PutBudgetAsync(string organization, object body)
    {
        var (status, budget) = await SendAsync(organization, HttpMethod.Put, "billing/budget", body);
        Assert.True(status == HttpStatusCode.OK, $"PUT billing/budget: {status} {budget}");
        return budget!;
    }

    async Task<JsonNode> GetAsync(string organization, string path)
    {
        using var http = Http();
        return await RawJson.GetAsync(http, Api + path, Organization(organization));
    }

    async Task<string> RefusalAsync(string organization, HttpMethod method, string path, object? body, HttpStatusCode status)
    {
        using var http = Http();
        return await RawJson.RefusalAsync(http, method, Api + path, body, status, Organization(organization));
    }

    async Task<string> ChargedJobAsync(string organization, int shots, string backend = "aws.ionq.aria")
    {
        using var quantum = Quantum(organization);
        return await FinishedJobAsync(quantum, shots, backend);
    }

    [Fact]
    public async Task A_budget_is_validated_on_the_wire_and_a_field_left_out_keeps_its_value()
    {
        const string Org = "org-budget-wire";
        Assert.Equal("A budget's limit cannot be negative.",
            await RefusalAsync(Org, HttpMethod.Put, "billing/budget", new { limitMajor = new { value = -0.01 } },
                HttpStatusCode.UnprocessableEntity));
        Assert.Contains("The field 'limitMajor' must be an amount: {\"value\": 10.5, \"currency\": \"USD\"}",
            await RefusalAsync(Org, HttpMethod.Put, "billing/budget", new { limitMajor = 5 }, HttpStatusCode.BadRequest));
        Assert.Equal("alertThresholdPercent must be a whole number.",
            await RefusalAsync(Org, HttpMethod.Put, "billing/budget", new { alertThresholdPercent = "half" },
                HttpStatusCode.UnprocessableEntity));
        foreach (var percent in new[] { 0, 101 })
            Assert.Equal("alertThresholdPercent must be between 1 and 100.",
                await RefusalAsync(Org, HttpMethod.Put, "billing/budget", new { alertThresholdPercent = percent },
                    HttpStatusCode.UnprocessableEntity));

        await PutBudgetAsync(Org, new { limitMajor = new { value = 0 }, alertThresholdPercent = 1 });
        var wire = await PutBudgetAsync(Org, new { alertThresholdPercent = 100 });
        Assert.Equal(("MONTHLY", 0m, 100, 0m), (wire["period"]!.GetValue<string>(), wire["limitMajor"]!["value"]!.GetValue<decimal>(),
            wire["alertThresholdPercent"]!.GetValue<int>(), wire["spentMajor"]!["value"]!.GetValue<decimal>()));

        var cleared = await PutBudgetAsync(Org, new { limitMajor = (object?)null });
        Assert.Null(cleared["limitMajor"]);
        Assert.Equal(100, cleared["alertThresholdPercent"]!.GetValue<int>());
    }

    [Fact]
    public async Task Periods_and_months_outside_the_calendar_are_refused_saying_what_was_sent()
    {
        const string Org = "org-periods";
        Assert.Equal("from must be an ISO 8601 date or time, got 'yesterday'.",
            await RefusalAsync(Org, HttpMethod.Get, "billing/history?from=yesterday", null, HttpStatusCode.BadRequest));
        Assert.Equal("to must be an ISO 8601 date or time, got 'soon'.",
            await RefusalAsync(Org, HttpMethod.Get, "billing/cost-report?to=soon", null, HttpStatusCode.BadRequest));
        Assert.StartsWith("from (2026-02-01T00:00:00.0000000+00:00) is after to (2026-01-01T00:00:00.0000000+00:00)",
            await RefusalAsync(Org, HttpMethod.Get, "billing/history?from=2026-02-01&to=2026-01-01", null, HttpStatusCode.BadRequest));
        Assert.Equal("groupBy must be one of backend, provider, day, none, got 'colour'.",
            await RefusalAsync(Org, HttpMethod.Get, "billing/cost-report?groupBy=colour", null, HttpStatusCode.BadRequest));
        foreach (var (month, year) in new[] { (0, 2026), (13, 2026), (6, 1999), (6, 10000) })
            Assert.Equal($"month must be 1 to 12 and year a year, got {month}/{year}.",
                await RefusalAsync(Org, HttpMethod.Get, $"dashboard/costs?month={month}&year={year}", null, HttpStatusCode.BadRequest));
        // The last month of the last year has an end too: December 9999 once answered 500.
        foreach (var (month, year) in new[] { (1, 2000), (12, 9999) })
            Assert.Equal(month, (await GetAsync(Org, $"dashboard/costs?month={month}&year={year}"))["month"]!.GetValue<int>());
    }

    [Fact]
    public async Task History_lists_charges_newest_first_after_the_credit_and_reports_group_by_day_none_or_provider()
    {
        const string Org = "org-history";
        var first = await ChargedJobAsync(Org, 10);
        var second = await ChargedJobAsync(Org, 20);
        using (var quantum = Quantum(Org)) await FinishedJobAsync(quantum, 5, "azure.ionq.simulator");

        var history = (await GetAsync(Org, "billing/history?from=2000-01-01")).AsArray();
        Assert.Equal(new[] { "charge-" + second, "charge-" + first, "credit-welcome" }, history.Select(e => e!["id"]!.GetValue<string>()));
        Assert.Equal(("CHARGE", "20 shots on aws.ionq.aria", second, "aws.ionq.aria", 0.90m),
            (history[0]!["type"]!.GetValue<string>(), history[0]!["description"]!.GetValue<string>(), history[0]!["jobId"]!.GetValue<string>(),
                history[0]!["backendId"]!.GetValue<string>(), history[0]!["amountMajor"]!["value"]!.GetValue<decimal>()));
        Assert.Equal(("CREDIT", "Welcome credit", 100m), (history[2]!["type"]!.GetValue<string>(),
            history[2]!["description"]!.GetValue<string>(), history[2]!["amountMajor"]!["value"]!.GetValue<decimal>()));
        Assert.Empty((await GetAsync(Org, "billing/history?from=2000-01-01&to=2000-02-01")).AsArray());

        var day = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd");
        var byDay = (await GetAsync(Org, "billing/cost-report?groupBy=DAY"))["rows"]!.AsArray();
        var today = Assert.Single(byDay, r => r!["amountMajor"]!["value"]!.GetValue<decimal>() > 0)!;
        Assert.Equal((day, 3, 35L, 1.50m), (today["key"]!.GetValue<string>(), today["jobCount"]!.GetValue<int>(),
            today["shots"]!.GetValue<long>(), today["amountMajor"]!["value"]!.GetValue<decimal>()));
        Assert.Null(today["backendId"]);
        Assert.Null(today["provider"]);
        var all = Assert.Single((await GetAsync(Org, "billing/cost-report?groupBy=none"))["rows"]!.AsArray())!;
        Assert.Equal(("all", 3), (all["key"]!.GetValue<string>(), all["jobCount"]!.GetValue<int>()));
        var byProvider = (await GetAsync(Org, "billing/cost-report?groupBy=provider"))["rows"]!.AsArray();
        Assert.All(byProvider, r => Assert.Equal(r!["key"]!.GetValue<string>(), r["provider"]!.GetValue<string>()));
        Assert.All(byProvider, r => Assert.Null(r!["backendId"]));
        var byBackend = (await GetAsync(Org, "billing/cost-report"))["rows"]!.AsArray();
        Assert.Equal(new[] { "aws.ionq.aria", "azure.ionq.simulator" }, byBackend.Select(r => r!["backendId"]!.GetValue<string>()));
        Assert.Equal(new[] { "AWS", "AZURE" }, byBackend.Select(r => r!["provider"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_balance_spent_below_zero_fails_the_credit_check_and_leaves_no_credit()
    {
        const string Org = "org-overspent";
        await ChargedJobAsync(Org, 5000);   // 0.30 + 0.03 × 5000 = 150.30 USD

        Assert.Equal(-50.30m, (await GetAsync(Org, "billing/balance"))["amountMajor"]!["value"]!.GetValue<decimal>());
        var credit = (await GetAsync(Org, "billing/credits")).AsArray().Single()!;
        Assert.Equal((0m, 100m), (credit["remainingMajor"]!["value"]!.GetValue<decimal>(), credit["amountMajor"]!["value"]!.GetValue<decimal>()));

        var paid = await GetAsync(Org, "eligibility?backendId=aws.ionq.aria");
        Assert.False(paid["eligible"]!.GetValue<bool>());
        var check = Assert.Single(paid["checks"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "credit")!;
        Assert.Equal((false, "The balance is -50.30 USD."), (check["passed"]!.GetValue<bool>(), check["reason"]!.GetValue<string>()));

        var free = await GetAsync(Org, "eligibility?backendId=azure.ionq.simulator");
        Assert.True(free["eligible"]!.GetValue<bool>());
        Assert.Equal("azure.ionq.simulator is free.",
            free["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "credit")!["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Eligibility_names_each_check_with_its_reason()
    {
        const string Org = "org-eligible";
        await ChargedJobAsync(Org, 10);   // 0.60 USD
        var answer = await GetAsync(Org, "eligibility?backendId=aws.ionq.aria");
        Assert.Equal((EmulatorUser, Org, "aws.ionq.aria", true), (answer["principalId"]!.GetValue<string>(),
            answer["organizationId"]!.GetValue<string>(), answer["backendId"]!.GetValue<string>(), answer["eligible"]!.GetValue<bool>()));
        Assert.Equal(new[]
        {
            ("backendKnown", true, "aws.ionq.aria is a backend of AWS."),
            ("backendAccepting", true, "aws.ionq.aria is ONLINE."),
            ("credit", true, "The balance is 99.40 USD."),
            ("budget", true, "No budget is set."),
        }, Checks(answer));

        await PutBudgetAsync(Org, new { limitMajor = new { value = 0.60 } });
        Assert.Equal(("budget", false, "0.60 of 0.60 USD spent this month."), Checks(await GetAsync(Org, "eligibility"))[^1]);
        Assert.Equal(("backendAccepting", true, "aws.ionq.forte is PAUSED."), Checks(await GetAsync(Org, "eligibility?backendId=aws.ionq.forte"))[1]);
        Assert.Equal(new[] { ("backendKnown", false, "No backend 'no.such'.") },
            Checks(await GetAsync(Org, "eligibility?backendId=no.such")).Take(1));
        Assert.Single(Checks(await GetAsync(Org, "eligibility")));
    }

    const string EmulatorUser = KipuHub.Emulator.EmulatorOptions.DevUserId;

    static (string, bool, string)[] Checks(JsonNode answer) => answer["checks"]!.AsArray()
        .Select(c => (c!["name"]!.GetValue<string>(), c["passed"]!.GetValue<bool>(), c["reason"]!.GetValue<string>())).ToArray();

    [Fact]
    public async Task Workload_costs_cover_the_users_own_jobs_and_all_jobs_of_the_users_organizations_by_context_and_backend()
    {
        const string Second = "second-user-token-000000";
        await ChargedJobAsync("org-b", 10);
        await ChargedJobAsync("org-b", 20);
        using (var quantum = Quantum("org-b")) await FinishedJobAsync(quantum, 5, "azure.ionq.simulator");
        using (var personal = Quantum()) await FinishedJobAsync(personal, 10, "aws.ionq.aria");
        Host.Organizations.Seed("org-a", "user-2");    // the dev user joins it below: a job of its other member counts
        using (var colleague = Quantum("org-a", Second)) await FinishedJobAsync(colleague, 10, "aws.ionq.aria");
        Host.Organizations.Seed("org-c", "user-2");    // not the dev user's
        using (var stranger = new KipuHub.Client.Quantum.HubQuantumClient(Options(token: Second, configure: o => o.OrganizationId = "org-c")))
            await FinishedJobAsync(stranger, 10, "aws.ionq.aria");

        var rows = (await GetAsync("org-b", "quantum-workloads/costs")).AsArray();
        Assert.Equal(new[]
        {
            ("org-a", "aws.ionq.aria", 1, 10L),
            ("org-b", "aws.ionq.aria", 2, 30L),
            ("org-b", "azure.ionq.simulator", 1, 5L),
            (null, "aws.ionq.aria", 1, 10L),
        }, rows.Select(r => (r!["organizationId"]?.GetValue<string>(), r["backendId"]!.GetValue<string>(), r["jobCount"]!.GetValue<int>(),
            r["shots"]!.GetValue<long>())));
        Assert.Equal(("AWS", 1.50m), (rows[1]!["provider"]!.GetValue<string>(), rows[1]!["amountMajor"]!["value"]!.GetValue<decimal>()));
    }
}
