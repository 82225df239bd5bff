using System.Globalization;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The billing namespace: balance, budget, credits, billing history, cost reports, and the dashboard's monthly costs and
/// revenue.</summary>
public sealed class BillingClient : PlatformCaller
{
    static readonly string[] Groupings = { "backend", "provider", "day", "none" };

    internal BillingClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<Balance> GetBalanceAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Balance>(Scoped(R.GetBalance), cancellationToken);

    public Task<Budget> GetBudgetAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Budget>(Scoped(R.GetBudget), cancellationToken);

    public Task<Budget> UpdateBudgetAsync(BudgetRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (request.Limit?.Value is < 0) throw new ArgumentException("A budget's limit cannot be negative.", nameof(request));
        var body = new Dictionary<string, object?>();
        if (request.ClearLimit) body["limitMajor"] = null;
        else if (request.Limit is { } limit) body["limitMajor"] = new Dictionary<string, object?>
        {
            ["value"] = limit.Value,
            ["currency"] = limit.Currency ?? "USD"
        };
        if (request.AlertThresholdPercent is { } percent) body["alertThresholdPercent"] = percent;
        // Written by hand: the transport leaves nulls out, and an explicit null is how a limit is removed.
        var sent = Scoped(R.UpdateBudget);
        sent.Body = System.Text.Json.JsonSerializer.Serialize(body);
        return ReadRequiredAsync<Budget>(sent, cancellationToken);
    }

    public Task<IReadOnlyList<Credit>> GetCreditsAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<Credit>(Scoped(R.GetCredits), "content", cancellationToken);

    /// <param name="from">Start of the period (inclusive); by default the start of this month.</param>
    /// <param name="to">End of the period (exclusive); by default now.</param>
    public Task<IReadOnlyList<BillingHistoryEntry>> GetBillingHistoryAsync(DateTimeOffset? from = null, DateTimeOffset? to = null,
        CancellationToken cancellationToken = default) =>
        ReadListAsync<BillingHistoryEntry>(Period(Scoped(R.GetBillingHistory), from, to), "content", cancellationToken);

    /// <param name="groupBy">backend (the default), provider, day or none.</param>
    public Task<CostReport> GetCostReportAsync(DateTimeOffset? from = null, DateTimeOffset? to = null, string? groupBy = null,
        CancellationToken cancellationToken = default)
    {
        if (groupBy is not null && !Groupings.Contains(groupBy.ToLowerInvariant()))
            throw new ArgumentException($"'{groupBy}' is not a grouping: use {string.Join(", ", Groupings)}.", nameof(groupBy));
        return ReadRequiredAsync<CostReport>(Period(Scoped(R.GetCostReport), from, to).WithQuery("groupBy", groupBy?.ToLowerInvariant()),
            cancellationToken);
    }

    public Task<MonthAmount> GetCostsByMonthAsync(int year, int month, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<MonthAmount>(Scoped(R.GetCostsByMonth).WithQuery("month", month).WithQuery("year", year), cancellationToken);

    public Task<MonthAmount> GetRevenueByMonthAsync(int year, int month, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<MonthAmount>(Scoped(R.GetRevenueByMonth).WithQuery("month", month).WithQuery("year", year), cancellationToken);

    internal static HubRequest Period(HubRequest request, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from > to) throw new ArgumentException($"The period starts ({from:O}) after it ends ({to:O}).", nameof(from));
        return request.WithQuery("from", from?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)).WithQuery("to",
            to?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
    }
}

/// <summary>The quantum_workloads namespace: what quantum jobs cost across the user's contexts, by context and backend.</summary>
public sealed class QuantumWorkloadsClient : PlatformCaller
{
    internal QuantumWorkloadsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<IReadOnlyList<CostRow>> GetCostsAsync(DateTimeOffset? from = null, DateTimeOffset? to = null,
        CancellationToken cancellationToken = default) =>
        ReadListAsync<CostRow>(BillingClient.Period(Scoped(R.GetQuantumWorkloadCosts), from, to), "content", cancellationToken);
}

/// <summary>The eligibility namespace: whether the current principal may run a workload now, check by check.</summary>
public sealed class EligibilityClient : PlatformCaller
{
    internal EligibilityClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="backendId">The backend to run on; without it, only the checks that do not depend on one.</param>
    public Task<Eligibility> CheckAsync(string? backendId = null, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Eligibility>(Scoped(R.CheckEligibility).WithQuery("backendId", backendId), cancellationToken);
}
