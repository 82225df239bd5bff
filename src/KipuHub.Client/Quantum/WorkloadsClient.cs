using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;
using R = KipuHub.Client.Quantum.QuantumRoutes;

namespace KipuHub.Client.Quantum;

/// <summary>The workloads namespace: jobs and sessions in one paged listing.</summary>
public sealed class WorkloadsClient : ApiCaller, IWorkloads
{
    readonly JobsClient jobs;

    internal WorkloadsClient(HubTransport transport, JobsClient jobs) : base(transport)
    {
        this.jobs = jobs;
    }

    /// <summary>The caller's own workloads (null), or those of a managed-service execution.</summary>
    public IWorkloads For(string? serviceExecutionId) => serviceExecutionId is null ? this :
        new ServiceExecutionWorkloads(jobs, serviceExecutionId);

    public Task<PageResponse<Workload>> GetWorkloadsAsync(int? page = null, int? size = null, IEnumerable<string>? sort = null,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<PageResponse<Workload>>(PageQuery.Apply(Request(R.GetWorkloads), page, size, sort), cancellationToken);

    /// <summary>Every workload, one page requested at a time as the caller advances.</summary>
    public Pager<Workload> ListWorkloads(int pageSize = 50, IEnumerable<string>? sort = null, int firstPage = 0) =>
        new((page, size, ct) => GetWorkloadsAsync(page, size, sort, ct), pageSize, firstPage);

    /// <summary>
    /// The sessions of the workload listing (the Quantum API has no session listing of its own), with the fields
    /// the listing carries. Pages of the listing that hold only jobs come out empty.
    /// </summary>
    public Pager<Session> ListSessions(int pageSize = 50, IEnumerable<string>? sort = null) =>
        new(async (page, size, ct) => (await GetWorkloadsAsync(page, size, sort, ct).ConfigureAwait(false)).Filter(page, size, w =>
            w.AsSession()), pageSize);
}
