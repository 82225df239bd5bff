using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Durations and sizes of executions, as the catalog measured them; each names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionMetric", HelpUri = HelpUris.Base + "Get-QHubServiceExecutionMetric.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubServiceExecutionMetricCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceExecution";


    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        PlainObjects.WithNote(PlainObjects.ToPowerShell((await Platform.ServiceExecutions.GetServiceExecutionMetricsAsync(id,
            token)).Value)!, "ExecutionId", id, "KipuHub.ServiceExecutionMetric"));
}
