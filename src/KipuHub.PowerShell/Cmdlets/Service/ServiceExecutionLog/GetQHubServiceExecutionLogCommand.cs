using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>The log of executions (and service jobs, in the catalog), oldest entry first; each entry names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionLog", HelpUri = HelpUris.Base + "Get-QHubServiceExecutionLog.md")]
[OutputType(typeof(ServiceLogEntry))]
public sealed class GetQHubServiceExecutionLogCommand : ServiceExecutionCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override void ProcessRecord()
    {
        var executions = Executions;
        ForEachId(Id, async (id, token) => (await executions.GetExecutionLogsAsync(id, token)).Select(entry =>
            PlainObjects.WithNote(entry, "ExecutionId", id)).ToList());
    }
}
