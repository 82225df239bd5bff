using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// A cmdlet about executions from either source: a service's gateway (-ServiceConnection, or the last
/// Connect-QHubService) or the catalog's records through the Hub connection (-Connection, -OrganizationId, a
/// catalog parameter set, or no service connected at all).
/// </summary>
public abstract class ExecutionSourceCmdlet : QHubServiceCmdlet
{
    QHubConnection? hub;

    /// <summary>The Hub connection: the catalog's executions (Platform API) instead of a service gateway's.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    /// <summary>The catalog's executions in this organization, instead of the connection's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OrganizationId { get; set; }

    /// <summary>Whether this call reads the catalog rather than a gateway.</summary>
    protected bool FromCatalog => hub is not null;

    protected HubPlatformClient Catalog => hub!.Platform.ForOrganization(OrganizationId);

    protected virtual bool CatalogAsked => Connection is not null || OrganizationId is not null;

    // Chosen with the first record, not in BeginProcessing: a service or an application from the pipeline decides
    // the parameter set, and so the source, only then. Still on the pipeline thread, where NotConnected is written.
    protected override void BeginProcessing() { }

    bool chosen;

    /// <summary>Picks the catalog or the gateway once; each ProcessRecord calls it first.</summary>
    protected void ChooseSource()
    {
        if (chosen) return;
        chosen = true;
        var noServiceConnected = ServiceConnection is null && RunspaceSlots<QHubServiceConnection>.OfThisRunspace().Connection is null;
        if (!CatalogAsked && !(noServiceConnected && HubConnected()))
        {
            _ = Service;
            return;
        }
        if (ServiceConnection is not null)
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-ServiceConnection reads a service's gateway; -Connection, -OrganizationId and the catalog parameters read the catalog: use one or the other."),
                "InvalidArgument", ErrorCategory.InvalidArgument, null));
        hub = QHubCmdlet.Resolve(this, Connection);
    }

    // The first look in a runspace loads a saved connection: its warning is written here, as Resolve would have.
    bool HubConnected()
    {
        var connected = CurrentConnection.Get(out var warning) is not null;
        if (warning is not null) WriteWarning(warning);
        return connected;
    }
}

/// <summary>An execution cmdlet that does one thing per id, at the gateway or in the catalog; executions from the pipeline bind by their Id.</summary>
public abstract class AnySourceExecutionIdCmdlet : ExecutionSourceCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord()
    {
        ChooseSource();
        ForEachId(Id, Confirm, FromCatalog ? ForCatalogIdAsync : ForIdAsync);
    }

    /// <summary>ShouldProcess for cmdlets that change something; true for the others.</summary>
    protected virtual bool Confirm(string id) => true;

    protected abstract Task<object?> ForIdAsync(string id, CancellationToken cancellationToken);

    protected abstract Task<object?> ForCatalogIdAsync(string id, CancellationToken cancellationToken);
}
