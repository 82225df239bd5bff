using System.Management.Automation;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A catalog cmdlet that reads one thing per execution (or service job); they bind from the pipeline by Id.</summary>
public abstract class CatalogExecutionIdCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceExecution";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) => PlainObjects.WithNote(PlainObjects.ToPowerShell(await ReadAsync(id, token))!, "ExecutionId", id, TypeName));

    protected abstract string TypeName { get; }

    protected abstract Task<object?> ReadAsync(string id, CancellationToken token);
}

/// <summary>What executions were started with, as objects; each names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionInput")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubServiceExecutionInputCommand : CatalogExecutionIdCmdlet
{
    protected override string TypeName => "KipuHub.ServiceExecutionInput";

    protected override async Task<object?> ReadAsync(string id, CancellationToken token) => (await Platform.ServiceExecutions.GetServiceExecutionInputAsync(id, token)).Value;
}

/// <summary>Durations and sizes of executions, as the catalog measured them; each names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionMetric")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubServiceExecutionMetricCommand : CatalogExecutionIdCmdlet
{
    protected override string TypeName => "KipuHub.ServiceExecutionMetric";

    protected override async Task<object?> ReadAsync(string id, CancellationToken token) => (await Platform.ServiceExecutions.GetServiceExecutionMetricsAsync(id, token)).Value;
}
