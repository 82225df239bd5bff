using System.Globalization;
using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Platform.Models;

/// <summary>
/// An amount of money in major units (AmountMajorDto: 12.5 USD, not 1250 cents): what requests send. Answers show their
/// amounts as numbers with a separate Currency instead, so that scripts compare and sum them.
/// </summary>
public sealed class Money
{
    decimal? value;

    /// <summary>The amount without trailing zeros of the sender's arithmetic (0.35000 is 0.35): equal, and shown as it reads.</summary>
    [JsonPropertyName("value")]
    public decimal? Value
    {
        get => value;
        set => this.value = value is { } amount ? amount / 1.000000000000000000000000000000000m : null;
    }

    [JsonPropertyName("currency")] public string? Currency { get; set; }

    public override string ToString() => Value is { } value ?
        $"{value.ToString("0.00####", CultureInfo.InvariantCulture)} {Currency}".Trim() : "";
}

public sealed class Balance
{
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset? UpdatedAt { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;

    public override string ToString() => AmountMajor?.ToString() ?? "";
}

/// <summary>A monthly spending limit, what this month spent of it, and when to warn.</summary>
public sealed class Budget
{
    [JsonPropertyName("period")] public string? Period { get; set; }
    [JsonInclude][JsonPropertyName("limitMajor")] internal Money? LimitMajor { get; set; }
    [JsonInclude][JsonPropertyName("spentMajor")] internal Money? SpentMajor { get; set; }
    [JsonPropertyName("alertThresholdPercent")] public int? AlertThresholdPercent { get; set; }

    /// <summary>Null when there is no limit.</summary>
    public decimal? Limit => LimitMajor?.Value;
    public decimal? Spent => SpentMajor?.Value;
    public string? Currency => SpentMajor?.Currency ?? LimitMajor?.Currency;
}

public sealed class Credit
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }
    [JsonInclude][JsonPropertyName("remainingMajor")] internal Money? RemainingMajor { get; set; }
    [JsonPropertyName("grantedAt")] public DateTimeOffset? GrantedAt { get; set; }
    [JsonPropertyName("expiresAt")] public DateTimeOffset? ExpiresAt { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public decimal? Remaining => RemainingMajor?.Value;
    public string? Currency => AmountMajor?.Currency ?? RemainingMajor?.Currency;
}

/// <summary>One line of the billing history: a CHARGE (a job), a CREDIT, a PAYMENT or a REFUND.</summary>
public sealed class BillingHistoryEntry
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("date")] public DateTimeOffset? Date { get; set; }
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("description")] public string? Description { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }
    [JsonPropertyName("jobId")] public string? JobId { get; set; }
    [JsonPropertyName("backendId")] public string? BackendId { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;
}

/// <summary>Costs over a period, in rows by the grouping asked for, with their total.</summary>
public sealed class CostReport
{
    [JsonPropertyName("from")] public DateTimeOffset? From { get; set; }
    [JsonPropertyName("to")] public DateTimeOffset? To { get; set; }
    [JsonPropertyName("groupBy")] public string? GroupBy { get; set; }
    [JsonInclude][JsonPropertyName("totalMajor")] internal Money? TotalMajor { get; set; }
    [JsonInclude][JsonPropertyName("totalsMajor")] internal List<Money>? TotalsMajor { get; set; }
    [JsonPropertyName("rows")] public List<CostRow>? Rows { get; set; }

    /// <summary>The total when every row is in one currency; null when they are in several, which are never added.</summary>
    public decimal? Total => TotalMajor?.Value;
    public string? Currency => TotalMajor?.Currency;

    /// <summary>A total per currency (12.5 USD; 3.2 EUR), whatever the mix: what <see cref="Total"/> cannot be.</summary>
    public ShownList<Money> Totals => new(TotalsMajor ?? (TotalMajor is null ? new List<Money>() : new List<Money> { TotalMajor }));
}

/// <summary>One row of costs: a backend, a provider, a day, or (across contexts) an organization and a backend.</summary>
public sealed class CostRow
{
    [JsonPropertyName("key")] public string? Key { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }
    [JsonPropertyName("backendId")] public string? BackendId { get; set; }
    [JsonPropertyName("provider")] public string? Provider { get; set; }
    [JsonPropertyName("jobCount")] public int? JobCount { get; set; }
    [JsonPropertyName("shots")] public long? Shots { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;
}

/// <summary>A month's amount with its groups and products (MonthAmountDto of the 2024 API's dashboard).</summary>
public sealed class MonthAmount
{
    [JsonPropertyName("year")] public int? Year { get; set; }
    [JsonPropertyName("month")] public int? Month { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }
    [JsonPropertyName("groups")] public ShownList<MonthAmountGroup>? Groups { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;
}

public sealed class MonthAmountGroup
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }
    [JsonPropertyName("products")] public List<MonthAmountProduct>? Products { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;

    public override string ToString() => FormattableString.Invariant($"{Name}: {Amount} {Currency}");
}

public sealed class MonthAmountProduct
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonInclude][JsonPropertyName("amountMajor")] internal Money? AmountMajor { get; set; }

    public decimal? Amount => AmountMajor?.Value;
    public string? Currency => AmountMajor?.Currency;
}

/// <summary>What update_budget changes. <see cref="ClearLimit"/> removes the limit.</summary>
public sealed class BudgetRequest
{
    [JsonPropertyName("limitMajor")] public Money? Limit { get; set; }
    [JsonPropertyName("alertThresholdPercent")] public int? AlertThresholdPercent { get; set; }

    /// <summary>Sends limitMajor: null (no limit) rather than leaving the limit as it is.</summary>
    [JsonIgnore] public bool ClearLimit { get; set; }
}

/// <summary>Whether the principal may run a workload now, and each check that decided it.</summary>
public sealed class Eligibility
{
    [JsonPropertyName("eligible")] public bool Eligible { get; set; }
    [JsonPropertyName("principalId")] public string? PrincipalId { get; set; }
    [JsonPropertyName("organizationId")] public string? OrganizationId { get; set; }
    [JsonPropertyName("backendId")] public string? BackendId { get; set; }
    [JsonPropertyName("checks")] public ShownList<EligibilityCheck>? Checks { get; set; }
}

public sealed class EligibilityCheck
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("passed")] public bool Passed { get; set; }
    [JsonPropertyName("reason")] public string? Reason { get; set; }

    public override string ToString() => $"{Name}: {(Passed ? "passed" : "failed")} ({Reason})";
}
