using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>The log of executions (and service jobs, in the catalog), oldest entry first; each entry names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionLog")]
[OutputType(typeof(ServiceLogEntry))]
public sealed class GetQHubServiceExecutionLogCommand : AnySourceExecutionIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token) =>
        Named(id, await Api.GetLogsAsync(id, token));

    protected override async Task<object?> ForCatalogIdAsync(string id, CancellationToken token) =>
        Named(id, await Catalog.ServiceExecutions.GetServiceExecutionLogsAsync(id, token));

    static List<PSObject> Named(string id, IEnumerable<ServiceLogEntry> entries) => entries.Select(entry => PlainObjects.WithNote(entry, "ExecutionId", id)).ToList();
}
