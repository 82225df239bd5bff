using KipuHub.Client.Service.Models;

namespace KipuHub.Client.Service;

/// <summary>
/// Service executions wherever they are read: at a service's gateway (<see cref="ServiceApiClient"/>) or in the
/// catalog's records (<see cref="Platform.ServiceExecutionsClient"/>). The same noun, the same questions.
/// </summary>
public interface IServiceExecutions
{
    Task<ServiceExecution> GetExecutionAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>The output of a finished execution; 404 until it has one. Result files are the gateway's alone.</summary>
    Task<ServiceExecutionResult> GetExecutionResultAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ServiceLogEntry>> GetExecutionLogsAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Requests cancellation; the execution as answered.</summary>
    Task<ServiceExecution?> CancelExecutionAsync(string id, CancellationToken cancellationToken = default);
}
