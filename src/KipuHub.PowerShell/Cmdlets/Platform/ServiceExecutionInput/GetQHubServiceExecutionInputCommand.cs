using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>What executions were started with, as objects; each names its execution.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecutionInput", HelpUri = HelpUris.Base + "Get-QHubServiceExecutionInput.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubServiceExecutionInputCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceExecution";


    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        PlainObjects.WithNote(PlainObjects.ToPowerShell((await Platform.ServiceExecutions.GetServiceExecutionInputAsync(id,
            token)).Value)!, "ExecutionId", id, "KipuHub.ServiceExecutionInput"));
}
