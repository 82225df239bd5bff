using KipuHub.Client.Quantum.Costs;
using static KipuHub.Client.Quantum.Costs.JobCostEstimate;

namespace KipuHub.PowerShell.Output;

/// <summary>An estimate as -WhatIf says it, and the reason -MaxCost refuses a job.</summary>
internal static class JobCostText
{
    public static string Of(JobCostEstimate? estimate) => estimate switch
    {
        null => "",
        { Free: true } => " (free)",
        { Amount: null } => " (cost cannot be estimated: " + estimate.Note + ")",
        _ => $" (estimated {estimate.Summary})",
    };

    /// <summary>Why -MaxCost refuses the job, with its ErrorId: CostLimitUnenforceable when no total can be held to the limit (a
    /// price by time, gates that cannot be counted), CostLimitExceeded above it; null when the job is within it.</summary>
    public static (string ErrorId, string Message)? Refusal(JobCostEstimate estimate, decimal limit) =>
        estimate.Rates.Count > 0
            ? ("CostLimitUnenforceable", $"The job is not sent: {estimate.BackendId} is priced by time ({estimate.Rates}), " +
                $"so its cost has no total before it runs and cannot be held to -MaxCost {Money(limit, estimate.Currency)}. Choose a " +
                "backend priced by shot or gate (Measure-QHubJobCost shows each one's), or drop -MaxCost to send it anyway.")
            : estimate.Amount is null
            ? ("CostLimitUnenforceable", $"The job is not sent: its cost on {estimate.BackendId} cannot be estimated ({estimate.Note}), " +
                $"so it cannot be held to -MaxCost {Money(limit, estimate.Currency)}. Drop -MaxCost to send it anyway.")
            : estimate.Amount > limit
                ? ("CostLimitExceeded", $"The job is not sent: it is estimated at {Money(estimate.Amount.Value, estimate.Currency)} on " +
                    $"{estimate.BackendId}, above -MaxCost {Money(limit, estimate.Currency)}. Lower -Shots, choose a cheaper backend " +
                    "(Measure-QHubJobCost compares them), or raise -MaxCost.")
                : null;
}
