using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Platform.Models;
using KipuHub.Client.Service.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The service_jobs namespace: long-running executions of a service version started from the catalog.</summary>
public sealed class ServiceJobsClient : PlatformCaller
{
    internal ServiceJobsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<PageResponse<ServiceJob>> GetServiceJobsAsync(int? page = null, int? size = null,
        CancellationToken cancellationToken = default) =>
        ReadPageAsync<ServiceJob>(PageQuery.Apply(Scoped(R.GetServiceJobs), page, size, null), cancellationToken);

    public Pager<ServiceJob> ListServiceJobs(int pageSize = 50, int firstPage = 0) =>
        new((page, size, ct) => GetServiceJobsAsync(page, size, ct), pageSize, firstPage);

    public Task<ServiceJob> GetServiceJobAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<ServiceJob>(Scoped(R.GetServiceJob, id), cancellationToken);

    /// <summary>Starts a job; never retried once the request may have reached the Hub.</summary>
    public Task<ServiceJob> CreateServiceJobAsync(CreateServiceJobRequest request, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(request?.ServiceDefinitionId)
            ? throw new ArgumentException("A service job needs the id of the service version to run.", nameof(request))
            : ReadRequiredAsync<ServiceJob>(WithBody(Scoped(R.CreateServiceJob), request!), cancellationToken);

    public Task<ServiceJob> CancelServiceJobAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<ServiceJob>(Scoped(R.CancelServiceJob, id), cancellationToken);

    public Task DeleteServiceJobAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteServiceJob, id), cancellationToken);

    public Task<IReadOnlyList<ServiceLogEntry>> GetServiceJobLogsAsync(string id, CancellationToken cancellationToken = default) =>
        ReadListAsync<ServiceLogEntry>(Scoped(R.GetServiceJobLogs, id), "content", cancellationToken);
}
