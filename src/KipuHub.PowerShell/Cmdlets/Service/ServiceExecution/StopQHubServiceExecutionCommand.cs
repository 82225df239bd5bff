using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

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
            var execution = await CancelAsync(executions, id, token);
            return PassThru ? execution : null;
        });
    }

    // An execution that ended between the listing and the cancel ("every run still going") has nothing left to cancel: a
    // warning that says how it ended, not an error that stops a runbook. A conflict of a run still going stays an error.
    static async Task<ServiceExecution?> CancelAsync(IServiceExecutions executions, string id, CancellationToken token)
    {
        try
        {
            return await executions.CancelExecutionAsync(id, token);
        }
        catch (ConflictException)
        {
            var execution = await executions.GetExecutionAsync(id, token);
            if (ServiceExecutionStatus.From(execution.Status) is not { IsTerminal: true }) throw;
            LogRouting.Write(new HubLogEntry(HubLogLevel.Warning,
                $"Service execution {id} had already ended ({execution.Status}) when it was to be cancelled: nothing to cancel."));
            return execution;
        }
    }
}
