using System.Globalization;
using KipuHub.Client.Quantum.Costs;

namespace KipuHub.PowerShell.Output;

/// <summary>An estimate as -WhatIf says it, and the reason -MaxCost refuses a job.</summary>
internal static class JobCostText
{
    public static string Of(JobCostEstimate? estimate) => estimate switch
    {
        null => "",
        { Free: true } => " (free)",
        { Amount: null } => " (cost cannot be estimated: " + estimate.Note + ")",
        _ => $" (estimated {Money(estimate.Amount.Value, estimate.Currency)}" +
            (estimate.Rates.Count > 0 ? " plus " + string.Join(", ", estimate.Rates) : "") + ")",
    };

    public static string? Refusal(JobCostEstimate estimate, decimal limit) =>
        estimate.Amount is null
            ? $"The job is not sent: its cost on {estimate.BackendId} cannot be estimated ({estimate.Note}), so it cannot be held " +
                $"to -MaxCost {Money(limit, estimate.Currency)}. Drop -MaxCost to send it anyway."
            : estimate.Amount > limit
                ? $"The job is not sent: it is estimated at {Money(estimate.Amount.Value, estimate.Currency)} on {estimate.BackendId}, " +
                    $"above " +
                    $"-MaxCost {Money(limit, estimate.Currency)}. Lower -Shots, choose a cheaper backend (Measure-QHubJobCost " +
                    "compares them), or raise -MaxCost."
                : null;

    static string Money(decimal amount, string? currency) =>
        amount.ToString("0.00####", CultureInfo.InvariantCulture) + " " + (currency ?? "USD");
}
