using System.Management.Automation;
using KipuHub.Client.Quantum;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>A Quantum API cmdlet: the Hub connection given (-Connection) or this runspace's, and its organization.</summary>
public abstract class QuantumCmdletBase : HubCmdletBase
{
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    protected QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    protected HubQuantumClient Quantum => Hub.Quantum;

    // Resolved here, on the pipeline thread: client work runs on the thread pool, where a first use of Hub could not
    // write its warning or its NotConnected error.
    protected override void Begin() => _ = Hub;
}
