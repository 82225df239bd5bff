using System.Management.Automation;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// A cmdlet that addresses any of the four APIs (-Api): Quantum, Platform and User through the Hub connection,
/// the service gateway through a service connection and its own bearer tokens, never the Hub's token.
/// </summary>
public abstract class AnyApiCmdletBase : HubCmdletBase
{
    QHubConnection? hub;
    QHubServiceConnection? service;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    [Parameter]
    public HubApi Api { get; set; } = HubApi.Quantum;

    /// <summary>For -Api Service: a connection from Connect-QHubService -PassThru; by default the last one connected.</summary>
    [Parameter]
    public QHubServiceConnection? ServiceConnection { get; set; }

    protected QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    protected HubTransport ApiTransport => service is not null ? service.Client.Transport : Hub.Transport(Api);

    protected OpenApiCatalog Catalog => service is not null ? service.Catalog : Hub.Catalog(Api);

    // On the pipeline thread, where a saved connection's warning and NotConnected can be written.
    protected override void Begin()
    {
        if (Api == HubApi.Service) service = ResolveService(this, ServiceConnection);
        else _ = Hub;
    }
}
