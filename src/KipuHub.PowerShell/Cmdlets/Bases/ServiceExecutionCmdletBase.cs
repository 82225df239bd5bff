using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// A cmdlet about service executions from either source, one noun for both: a service's gateway
/// (-ServiceConnection, or the last Connect-QHubService) or the catalog's records through the Hub connection
/// (-Connection, -OrganizationId, a catalog parameter set, or no service connected at all).
/// </summary>
public abstract class ServiceExecutionCmdletBase : HubCmdletBase
{
    IServiceExecutions? executions;
    QHubConnection? hub;
    QHubServiceConnection? service;

    /// <summary>A connection from Connect-QHubService -PassThru: that service's gateway; by default the last one connected.</summary>
    [Parameter]
    public QHubServiceConnection? ServiceConnection { get; set; }

    /// <summary>The Hub connection: the catalog's executions (Platform API) instead of a service gateway's.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    /// <summary>The catalog's executions in this organization, instead of the connection's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    protected override string ErrorNoun => "ServiceExecution";

    /// <summary>Whether this call reads the catalog rather than a gateway; known once <see cref="Executions"/> was asked.</summary>
    protected bool FromCatalog => hub is not null;

    /// <summary>The executions of the source chosen: the catalog's or the gateway's.</summary>
    protected IServiceExecutions Executions => executions ??= Choose();

    /// <summary>The service connection; only when the source is a gateway.</summary>
    protected QHubServiceConnection Service => service ?? throw new InvalidOperationException("Executions are read from the catalog here.");

    /// <summary>The gateway's client; only when the source is a gateway.</summary>
    protected ServiceApiClient Api => Service.Client.ServiceApi;

    /// <summary>The catalog's client in the organization of this call; only when the source is the catalog.</summary>
    protected Client.Platform.HubPlatformClient Catalog =>
        (hub ?? throw new InvalidOperationException("Executions are read from a gateway here.")).Platform.ForOrganization(OrganizationId);

    /// <summary>A parameter set of the cmdlet that only the catalog answers (-ServiceId, -SubscriptionId, …).</summary>
    protected virtual bool CatalogAsked => Connection is not null || OrganizationId is not null;

    // Chosen with the first record, not in BeginProcessing: a service or an application from the pipeline decides
    // the parameter set, and so the source, only then. Still on the pipeline thread, where NotConnected is written.
    protected override void Begin() { }

    IServiceExecutions Choose()
    {
        var noServiceConnected = ServiceConnection is null && Current<QHubServiceConnection>.Get() is null;
        if (!CatalogAsked && !(noServiceConnected && HubConnected()))
        {
            service = ResolveService(this, ServiceConnection);
            return service.Client.ServiceApi;
        }
        if (ServiceConnection is not null)
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-ServiceConnection reads a service's gateway; -Connection, -OrganizationId and the catalog " +
                    "parameters read the catalog: use one or the other."),
                "InvalidArgument", ErrorCategory.InvalidArgument, null));
        hub = ResolveHub(this, Connection);
        return Catalog.ServiceExecutions;
    }

    // The first look in a runspace loads a saved connection: its warning is written here, as ResolveHub would have.
    bool HubConnected()
    {
        var connected = CurrentConnection.Get(out var warning) is not null;
        if (warning is not null) WriteWarning(warning);
        return connected;
    }
}
