using KipuHub.Client.Service.Models;

namespace KipuHub.Client.Service;

/// <summary>
/// Results of executions that ended well. A FAILED execution's answer is not a result: asked for one, the execution
/// is read first and its failure raised (<see cref="ServiceExecutionFailedException"/>), as for jobs.
/// </summary>
public static class ServiceExecutionResults
{
    public static async Task<ServiceExecutionResult> GetSucceededExecutionResultAsync(this IServiceExecutions executions,
        string id, CancellationToken cancellationToken = default)
    {
        var execution = await executions.GetExecutionAsync(id, cancellationToken).ConfigureAwait(false);
        if (execution.Status == ServiceExecutionStatus.Failed || execution.Status == ServiceExecutionStatus.Cancelled)
            throw new ServiceExecutionFailedException(execution);
        return await executions.GetExecutionResultAsync(id, cancellationToken).ConfigureAwait(false);
    }
}
