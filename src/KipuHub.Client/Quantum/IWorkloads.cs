using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// The workload listing of a caller (<see cref="WorkloadsClient"/>), or of a managed-service execution
/// (<see cref="WorkloadsClient.For"/>).
/// </summary>
public interface IWorkloads
{
    Pager<Workload> ListWorkloads(int pageSize = 50, IEnumerable<string>? sort = null, int firstPage = 0);
}

/// <summary>The workloads of one managed-service execution.</summary>
internal sealed class ServiceExecutionWorkloads(JobsClient jobs, string serviceExecutionId) : IWorkloads
{
    public Pager<Workload> ListWorkloads(int pageSize = 50, IEnumerable<string>? sort = null, int firstPage = 0) =>
        jobs.ListServiceExecutionWorkloads(serviceExecutionId, pageSize, sort, firstPage);
}
