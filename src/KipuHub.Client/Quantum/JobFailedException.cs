using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>A job ended FAILED, ABORTED or CANCELLED: it has no result, only the reason the Hub gives.</summary>
public sealed class JobFailedException(Job job) : HubException($"Job {job.Id} ended {job.Status}{ReasonOf(job)}.")
{
    public Job Job { get; } = job;

    // The Hub's reason is a sentence of its own: its period is dropped, so that the message ends in one.
    static string ReasonOf(Job job) => job.ErrorData switch
    {
        null => "",
        IDictionary<string, object?> data when data.TryGetValue("reason", out var reason) => ": " + Sentence(reason),
        var other => ": " + Sentence(other),
    };

    static string Sentence(object? reason) => (reason?.ToString() ?? "").TrimEnd().TrimEnd('.');
}
