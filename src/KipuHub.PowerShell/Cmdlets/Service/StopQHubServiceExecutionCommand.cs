using System.Management.Automation;
using KipuHub.Client.Service.Models;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>Requests the cancellation of executions, at the gateway or in the catalog; -PassThru writes each execution as answered.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubServiceExecution", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceExecution))]
public sealed class StopQHubServiceExecutionCommand : AnySourceExecutionIdCmdlet
{
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override bool Confirm(string id) => ShouldProcess($"service execution {id}", "Cancel");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var execution = await Api.CancelExecutionAsync(id, token);
        return PassThru ? execution : null;
    }

    protected override async Task<object?> ForCatalogIdAsync(string id, CancellationToken token)
    {
        var execution = await Catalog.ServiceExecutions.CancelServiceExecutionAsync(id, token);
        return PassThru ? execution : null;
    }
}
