using KipuHub.Client.Core.Errors;
using KipuHub.Client.Service.Models;

namespace KipuHub.Client.Service;

/// <summary>An execution ended FAILED: its output is not a result; its log says why.</summary>
public sealed class ServiceExecutionFailedException(ServiceExecution execution)
    : HubException($"Service execution {execution.Id} {execution.Status}.")
{
    public ServiceExecution Execution { get; } = execution;
}
