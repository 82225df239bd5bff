using System.Globalization;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Billing, the quantum workload cost view and eligibility, all from the emulator's own quantum jobs priced by
/// JobPricing, so that the figures add up: every context gets a welcome credit; each completed job is a charge in
/// the history (free ones are not), the cost reports and the workload view; the balance is credits less charges; a budget counts this
/// month's charges. Money is the Hub's AmountMajorDto: { value, currency }.
/// </summary>
public sealed class Billing(TimeProvider clock, QuantumStore quantum, BackendCatalog backends, Organizations organizations,
    StateLog state)
{
    const string Api = "qc-catalog";
    const decimal WelcomeCredit = 100m;
    readonly DateTimeOffset started = state.Epoch(clock);
    readonly DurableMap<Budget> budgets = new(state, "budgets");

    sealed record Budget(decimal? Limit, int? AlertPercent);

    Budget BudgetOf(string owner) => budgets.GetValueOrDefault(owner) ?? new Budget(null, null);
    static readonly string[] Groupings = { "backend", "provider", "day", "none" };

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry, EmulatorOptions options)
    {
        registry.Map(group, Api, "GET", "/billing/balance", "getBalance", "Credits less charges", (HttpContext c) =>
        {
            var owner = Caller.Of(c).Owner;
            return Json(new
            {
                amountMajor = Money(WelcomeCredit - Charges(owner).Where(InCredit).Sum(x => x.Amount)),
                updatedAt = clock.GetUtcNow(),
            });
        });
        registry.Map(group, Api, "GET", "/billing/budget", "getBudget", "The monthly budget and what this month spent of it",
            (HttpContext c) => Json(BudgetWire(Caller.Of(c).Owner)));
        registry.Map(group, Api, "PUT", "/billing/budget", "updateBudget",
            "Set the monthly limit (null: none) and the alert threshold in percent", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var owner = Caller.Of(c).Owner;
            var current = BudgetOf(owner);
            decimal? limit = current.Limit;
            if (body.ContainsKey("limitMajor"))
            {
                limit = body["limitMajor"] switch
                {
                    null => null,
                    System.Text.Json.Nodes.JsonObject money => JsonBody.Decimal(money, "value"),
                    _ => throw JsonBody.FieldError("limitMajor", "must be an amount: {\"value\": 10.5, \"currency\": \"USD\"}"),
                };
                if (limit is < 0) return ApiError.Unprocessable(c, "A budget's limit cannot be negative.");
            }
            var alert = current.AlertPercent;
            if (!JsonBody.TryInt(body, "alertThresholdPercent", out var percent)) return ApiError.Unprocessable(c,
                "alertThresholdPercent must be a whole number.");
            if (percent is not null)
            {
                if (percent is < 1 or > 100) return ApiError.Unprocessable(c, "alertThresholdPercent must be between 1 and 100.");
                alert = percent;
            }
            budgets[owner] = new Budget(limit, alert);
            return Json(BudgetWire(owner));
        });
        registry.Map(group, Api, "GET", "/billing/credits", "getCredits", "Credits granted to the context", (HttpContext c) =>
        {
            var owner = Caller.Of(c).Owner;
            var remaining = Math.Max(0, WelcomeCredit - Charges(owner).Where(InCredit).Sum(x => x.Amount));
            return Json(new[] { new { id = "credit-welcome", amountMajor = Money(WelcomeCredit), remainingMajor = Money(remaining),
                grantedAt = started, expiresAt = started.AddYears(1), reason = "Welcome credit" } });
        });
        registry.Map(group, Api, "GET", "/billing/history", "getBillingHistory", "Credits and charges between from and to, newest first",
            (HttpContext c, string? from, string? to) =>
            WithPeriod(c, from, to, (start, end) =>
            {
                var owner = Caller.Of(c).Owner;
                var entries = Charges(owner).Where(x => x.At >= start && x.At < end && x.Amount != 0)
                    .Select(x => new HistoryEntry("charge-" + x.Job.Id, x.At, "CHARGE", $"{x.Job.Shots} shots on {x.Job.BackendId}",
                        x.Amount, x.Currency, x.Job.Id, x.Job.BackendId)).ToList();
                if (started >= start && started < end) entries.Add(new HistoryEntry("credit-welcome", started, "CREDIT", "Welcome credit",
                    WelcomeCredit, "USD", null, null));
                return Json(entries.OrderByDescending(e => e.Date).Select(e => new
                {
                    id = e.Id,
                    date = e.Date,
                    type = e.Type,
                    description = e.Description,
                    amountMajor = Money(e.Amount, e.Currency),
                    jobId = e.JobId,
                    backendId = e.BackendId,
                }).ToList());
            }));
        registry.Map(group, Api, "GET", "/billing/cost-report", "getCostReport",
            "Costs of the context's quantum jobs between from and to, grouped by backend, provider, day or none",
                (HttpContext c, string? from, string? to, string? groupBy) =>
            WithPeriod(c, from, to, (start, end) =>
            {
                var grouping = (groupBy ?? "backend").ToLowerInvariant();
                if (!Groupings.Contains(grouping)) return ApiError.BadRequest(c,
                    $"groupBy must be one of {string.Join(", ", Groupings)}, got '{groupBy}'.");
                var charges = Charges(Caller.Of(c).Owner).Where(x => x.At >= start && x.At < end).ToList();
                // Amounts of different currencies are never added: a row per key and currency, a total per currency.
                var rows = charges.GroupBy(x => (Key: grouping switch
                {
                    "backend" => x.Job.BackendId,
                    "provider" => x.Job.Provider,
                    "day" => x.At.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    _ => "all",
                }, x.Currency)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Currency).Select(g => new
                {
                    key = g.Key.Key,
                    backendId = grouping == "backend" ? g.Key.Key : null,
                    provider = grouping is "backend" or "provider" ? g.First().Job.Provider : null,
                    jobCount = g.Count(),
                    shots = g.Sum(x => (long)x.Job.Shots),
                    amountMajor = Money(g.Sum(x => x.Amount), g.Key.Currency),
                }).ToList();
                return Json(new
                {
                    from = start,
                    to = end,
                    groupBy = grouping,
                    totalMajor = Total(charges),
                    totalsMajor = Totals(charges),
                    rows,
                });
            }));
        registry.Map(group, Api, "GET", "/dashboard/costs", "getCostsByMonth",
            "A month's costs, grouped by provider with a product per backend", (HttpContext c, int month, int year) =>
            Month(c, month, year, (start, end) => MonthAmount(year, month, Charges(Caller.Of(c).Owner).Where(x => x.At >= start &&
                x.At < end))));
        registry.Map(group, Api, "GET", "/dashboard/revenue", "getRevenueByMonth",
            "A month's revenue from the context's services (none are paid on the emulator)", (HttpContext c, int month, int year) =>
            Month(c, month, year, (_, _) => MonthAmount(year, month, Enumerable.Empty<JobPricing.Charge>())));
        registry.Map(group, Api, "GET", "/quantum-workloads/costs", "getQuantumWorkloadCosts",
            "Costs of quantum jobs across the user's contexts, by context and backend", (HttpContext c, string? from, string? to) =>
            WithPeriod(c, from, to, (start, end) =>
            {
                var user = Caller.Of(c).User.Id;
                var contexts = organizations.OrganizationsOf(user).Select(o => "org:" + o).ToHashSet(StringComparer.Ordinal);
                // The personal context names jobs of data files written before a job kept its creator.
                contexts.Add("user:" + user);
                var charges = quantum.AllJobs().Where(j => j.CreatedBy == user || contexts.Contains(j.Owner))
                    .Select(j => JobPricing.Of(j, backends.Find(j.BackendId), clock.GetUtcNow())).OfType<JobPricing.Charge>()
                    .Where(x => x.At >= start && x.At < end);
                return Json(charges.GroupBy(x => (x.Job.Owner, x.Job.BackendId, x.Currency)).OrderBy(g => g.Key.Owner).ThenBy(g =>
                    g.Key.BackendId).Select(g => new
                    {
                        organizationId = g.Key.Owner.StartsWith("org:", StringComparison.Ordinal) ? g.Key.Owner[4..] : null,
                        backendId = g.Key.BackendId,
                        provider = g.First().Job.Provider,
                        jobCount = g.Count(),
                        shots = g.Sum(x => (long)x.Job.Shots),
                        amountMajor = Money(g.Sum(x => x.Amount), g.Key.Currency),
                    }).ToList());
            }));
        registry.Map(group, Api, "GET", "/eligibility", "checkEligibility",
            "Whether the principal may run on a backend now: known, accepting, within budget, with credit",
                (HttpContext c, string? backendId) =>
        {
            var owner = Caller.Of(c).Owner;
            var checks = new List<EligibilityCheck>();
            void Check(string name, bool passed, string reason) => checks.Add(new EligibilityCheck(name, passed, reason));
            if (backendId is not null)
            {
                var backend = backends.Find(backendId);
                Check("backendKnown", backend is not null, backend is null ? $"No backend '{backendId}'." :
                    $"{backend.Id} is a backend of {backend.Provider}.");
                if (backend is not null)
                {
                    Check("backendAccepting", backend.Status is "ONLINE" or "PAUSED", $"{backend.Id} is {backend.Status}.");
                    var paid = backend.Costs.Any(x => x.Value > 0 && x.Granularity != "daily");
                    var balance = WelcomeCredit - Charges(owner).Where(InCredit).Sum(x => x.Amount);
                    Check("credit", !paid || balance > 0, paid ? $"The balance is {balance:0.00} USD." : $"{backend.Id} is free.");
                }
            }
            var (limit, _) = BudgetOf(owner);
            var spent = SpentThisMonth(owner);
            Check("budget", limit is null || spent < limit, limit is null ? "No budget is set." :
                $"{spent:0.00} of {limit:0.00} USD spent this month.");
            return Json(new
            {
                principalId = Caller.Of(c).User.Id,
                organizationId = Caller.Of(c).OrganizationId,
                backendId,
                eligible = checks.All(x => x.Passed),
                checks
            });
        });
    }

    sealed record EligibilityCheck(string Name, bool Passed, string Reason);

    sealed record HistoryEntry(string Id, DateTimeOffset Date, string Type, string Description, decimal Amount, string Currency,
        string? JobId, string? BackendId);

    IEnumerable<JobPricing.Charge> Charges(string owner) =>
        quantum.Jobs(owner).Select(j => JobPricing.Of(j, backends.Find(j.BackendId), clock.GetUtcNow())).OfType<JobPricing.Charge>();

    decimal SpentThisMonth(string owner)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        return Charges(owner).Where(x => x.At >= start && InCredit(x)).Sum(x => x.Amount);
    }

    object BudgetWire(string owner)
    {
        var (limit, alert) = BudgetOf(owner);
        return new
        {
            period = "MONTHLY",
            limitMajor = limit is { } l ? Money(l) : null,
            spentMajor = Money(SpentThisMonth(owner)),
            alertThresholdPercent = alert
        };
    }

    // Without the trailing zeros of decimal arithmetic (0.00035 × 1000 is 0.35000): the Hub answers 0.35.
    static object Money(decimal value, string currency = "USD") =>
        new { value = decimal.Round(value, 6) / 1.000000000000000000000000000000000m, currency };

    // The welcome credit, the balance and the budget are in USD: a charge in another currency is billed in its own, never
    // taken off them as if it were dollars.
    static bool InCredit(JobPricing.Charge charge) => charge.Currency == "USD";

    /// <summary>The total of charges in one currency; null when they are in several, which are never added.</summary>
    static object? Total(IReadOnlyCollection<JobPricing.Charge> charges) =>
        charges.Select(x => x.Currency).Distinct().ToList() is { Count: <= 1 } currencies
            ? Money(charges.Sum(x => x.Amount), currencies.FirstOrDefault() ?? "USD")
            : null;

    static List<object> Totals(IEnumerable<JobPricing.Charge> charges) =>
        charges.GroupBy(x => x.Currency).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Money(g.Sum(x => x.Amount), g.Key))
            .ToList();

    static object MonthAmount(int year, int month, IEnumerable<JobPricing.Charge> charges)
    {
        var list = charges.ToList();
        return new
        {
            year,
            month,
            amountMajor = Total(list),
            amountsMajor = Totals(list),
            groups = list.GroupBy(x => (x.Job.Provider, x.Currency)).OrderBy(g => g.Key.Provider).Select(g => new
            {
                name = g.Key.Provider,
                amountMajor = Money(g.Sum(x => x.Amount), g.Key.Currency),
                products = g.GroupBy(x => x.Job.BackendId).OrderBy(p => p.Key).Select(p =>
                    new { name = p.Key, amountMajor = Money(p.Sum(x => x.Amount), g.Key.Currency) }).ToList(),
            }).ToList(),
        };
    }

    static IResult Json(object value) => Results.Json(value, EmulatorJson.CamelCase);

    IResult Month(HttpContext c, int month, int year, Func<DateTimeOffset, DateTimeOffset, object> then)
    {
        if (month is < 1 or > 12 || year is < 2000 or > 9999) return ApiError.BadRequest(c,
            $"month must be 1 to 12 and year a year, got {month}/{year}.");
        var start = new DateTimeOffset(year, month, 1, 0, 0, 0, TimeSpan.Zero);
        var end = year == 9999 && month == 12 ? DateTimeOffset.MaxValue : start.AddMonths(1);
        return Json(then(start, end));
    }

    // from and to: ISO dates or times; by default this month so far. to is exclusive.
    IResult WithPeriod(HttpContext c, string? from, string? to, Func<DateTimeOffset, DateTimeOffset, IResult> then)
    {
        var now = clock.GetUtcNow();
        var start = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var end = now.AddTicks(1);
        if (from is not null && !DateTimeOffset.TryParse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out start))
            return ApiError.BadRequest(c, $"from must be an ISO 8601 date or time, got '{from}'.");
        if (to is not null && !DateTimeOffset.TryParse(to, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out end))
            return ApiError.BadRequest(c, $"to must be an ISO 8601 date or time, got '{to}'.");
        return start > end ? ApiError.BadRequest(c, $"from ({start:O}) is after to ({end:O}).") : then(start, end);
    }
}
