using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>
/// The service_executions namespace: the catalog's records of what ran on services, as their provider or as the
/// consumer's application sees them: input, output, log, metrics, and cancellation. The gateway's ServiceExecution
/// and log entry are the same nouns here.
/// </summary>
public sealed class ServiceExecutionsClient : PlatformCaller, IServiceExecutions
{
    internal ServiceExecutionsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    Task<ServiceExecution> IServiceExecutions.GetExecutionAsync(string id, CancellationToken cancellationToken) =>
        GetServiceExecutionAsync(id, cancellationToken);

    async Task<ServiceExecutionResult> IServiceExecutions.GetExecutionResultAsync(string id, CancellationToken cancellationToken) =>
        new((await GetServiceExecutionResultAsync(id, cancellationToken).ConfigureAwait(false)).Value);

    Task<IReadOnlyList<ServiceLogEntry>> IServiceExecutions.GetExecutionLogsAsync(string id, CancellationToken cancellationToken) =>
        GetServiceExecutionLogsAsync(id, cancellationToken);

    async Task<ServiceExecution?> IServiceExecutions.CancelExecutionAsync(string id, CancellationToken cancellationToken) =>
        await CancelServiceExecutionAsync(id, cancellationToken).ConfigureAwait(false);

    /// <param name="serviceId">Only executions of this catalog service.</param>
    /// <param name="applicationId">Only executions this application started.</param>
    public Task<PageResponse<ServiceExecution>> GetServiceExecutionsAsync(int? page = null, int? size = null, string? serviceId = null,
        string? applicationId = null, CancellationToken cancellationToken = default) =>
        ReadPageAsync<ServiceExecution>(
            PageQuery.Apply(Scoped(R.GetServiceExecutions), page, size, null).WithQuery("serviceId", serviceId).WithQuery("applicationId",
                applicationId),
            cancellationToken);

    public Pager<ServiceExecution> ListServiceExecutions(int pageSize = 50, string? serviceId = null, string? applicationId = null,
        int firstPage = 0) =>
        new((page, size, ct) => GetServiceExecutionsAsync(page, size, serviceId, applicationId, ct), pageSize, firstPage);

    public Task<ServiceExecution> GetServiceExecutionAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<ServiceExecution>(Scoped(R.GetServiceExecution, id), cancellationToken);

    /// <summary>What the execution was started with, as JSON.</summary>
    public async Task<JsonContent> GetServiceExecutionInputAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Scoped(R.GetServiceExecutionInput, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("null");

    /// <summary>The output of a finished execution, as JSON; 404 until there is one.</summary>
    public async Task<JsonContent> GetServiceExecutionResultAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Scoped(R.GetServiceExecutionResult, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("null");

    public Task<IReadOnlyList<ServiceLogEntry>> GetServiceExecutionLogsAsync(string id, CancellationToken cancellationToken = default) =>
        ReadListAsync<ServiceLogEntry>(Scoped(R.GetServiceExecutionLogs, id), "content", cancellationToken);

    /// <summary>Resource figures of an execution (durations, sizes); the field set is the Hub's and passed on as JSON.</summary>
    public async Task<JsonContent> GetServiceExecutionMetricsAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Scoped(R.GetServiceExecutionMetrics, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("{}");

    public Task<ServiceExecution> CancelServiceExecutionAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<ServiceExecution>(Scoped(R.CancelServiceExecution, id), cancellationToken);
}
