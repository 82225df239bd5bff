using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>The log of executions, oldest entry first; each entry names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionLog")]
[OutputType(typeof(ServiceLogEntry))]
public sealed class GetQHubServiceExecutionLogCommand : ServiceExecutionIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token) =>
        (await Api.GetLogsAsync(id, token)).Select(entry => PlainObjects.WithNote(entry, "ExecutionId", id)).ToList();
}
