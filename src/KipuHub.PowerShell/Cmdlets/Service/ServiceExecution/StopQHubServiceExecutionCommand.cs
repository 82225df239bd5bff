using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>Requests the cancellation of executions, at the gateway or in the catalog; -PassThru writes each execution as
/// answered.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubServiceExecution",
    HelpUri = HelpUris.Base + "Stop-QHubServiceExecution.md", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceExecution))]
public sealed class StopQHubServiceExecutionCommand : ServiceExecutionCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override void ProcessRecord()
    {
        var executions = Executions;
        ForEachId(Id, id => ShouldProcess($"service execution {id}", "Cancel"), async (id, token) =>
        {
            var execution = await EndedBeforeCancel.CancelAsync($"Service execution {id}",
                async () => await executions.CancelExecutionAsync(id, token), () => executions.GetExecutionAsync(id, token),
                e => ServiceExecutionStatus.From(e.Status) is { IsTerminal: true } ? e.Status : null);
            return PassThru ? execution : null;
        });
    }
}
