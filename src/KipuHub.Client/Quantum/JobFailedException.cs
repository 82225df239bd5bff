using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>A job ended FAILED or ABORTED: it has no result, only the reason the Hub gives.</summary>
public sealed class JobFailedException(Job job) : HubException($"Job {job.Id} ended {job.Status}{ReasonOf(job)}.")
{
    public Job Job { get; } = job;

    static string ReasonOf(Job job) => job.ErrorData switch
    {
        null => "",
        IDictionary<string, object?> data when data.TryGetValue("reason", out var reason) => ": " + reason,
        var other => ": " + other,
    };
}
