using System.Management.Automation;
using KipuHub.Client.User;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>A User API cmdlet: the Hub connection given (-Connection) or this runspace's.</summary>
public abstract class UserCmdletBase : HubCmdletBase
{
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    protected QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    protected HubUserClient User => Hub.User;

    // On the pipeline thread, where a saved connection's warning and NotConnected can be written.
    protected override void Begin() => _ = Hub;
}
