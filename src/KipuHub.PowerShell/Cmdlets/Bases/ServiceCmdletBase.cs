using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>A cmdlet of one managed service's gateway: -ServiceConnection, or the last Connect-QHubService of this runspace.</summary>
public abstract class ServiceCmdletBase : HubCmdletBase
{
    QHubServiceConnection? service;

    /// <summary>A connection from Connect-QHubService -PassThru; by default the last one connected in this session.</summary>
    [Parameter]
    public QHubServiceConnection? ServiceConnection { get; set; }

    protected override string ErrorNoun => "ServiceExecution";

    protected QHubServiceConnection Service => service ??= ResolveService(this, ServiceConnection);

    protected ServiceApiClient Api => Service.Client.ServiceApi;

    // On the pipeline thread, where NotConnected can be written.
    protected override void Begin() => _ = Service;
}
