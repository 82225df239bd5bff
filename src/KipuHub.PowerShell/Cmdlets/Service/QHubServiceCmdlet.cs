using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>A cmdlet that talks to a managed service: -ServiceConnection, or the last Connect-QHubService of this runspace.</summary>
public abstract class QHubServiceCmdlet : HubCmdletBase
{
    QHubServiceConnection? connection;

    /// <summary>A connection from Connect-QHubService -PassThru; by default the last one connected in this session.</summary>
    [Parameter]
    public QHubServiceConnection? ServiceConnection { get; set; }

    protected override string ErrorNoun => "ServiceExecution";

    protected QHubServiceConnection Service => connection ??= ServiceConnection ?? Current();

    protected ServiceApiClient Api => Service.Client.ServiceApi;

    // On the pipeline thread, where NotConnected can be written.
    protected override void BeginProcessing()
    {
        _ = Service;
        base.BeginProcessing();
    }

    QHubServiceConnection Current() => Resolve(this, null);

    /// <summary>The connection given, else this runspace's; a terminating NotConnected error without either.</summary>
    internal static QHubServiceConnection Resolve(PSCmdlet cmdlet, QHubServiceConnection? given)
    {
        var current = given ?? RunspaceSlots<QHubServiceConnection>.OfThisRunspace().Connection;
        if (current is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to a managed service. Run Connect-QHubService -Uri <the service's gateway URL> with -ConsumerKey and -ConsumerSecret (or -Token), or pass -ServiceConnection."),
                "NotConnected", ErrorCategory.AuthenticationError, null));
        return current!;
    }
}

/// <summary>A service cmdlet that does one thing per execution id; executions from the pipeline bind by their Id.</summary>
public abstract class ServiceExecutionIdCmdlet : QHubServiceCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, Confirm, ForIdAsync);

    /// <summary>ShouldProcess for cmdlets that change something; true for the others.</summary>
    protected virtual bool Confirm(string id) => true;

    protected abstract Task<object?> ForIdAsync(string id, CancellationToken cancellationToken);
}
