using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// A Platform API cmdlet: the Hub connection given (-Connection) or this runspace's, in its organization or the one
/// of -OrganizationId for this call. Helpers for the namespaces that share a shape sit in the partial files beside.
/// </summary>
public abstract partial class PlatformCmdletBase : HubCmdletBase
{
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    /// <summary>The organization of this call, instead of the connection's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? OrganizationId { get; set; }

    protected QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    protected HubPlatformClient Platform => Hub.Platform.ForOrganization(OrganizationId);

    /// <summary>The context a listing addresses, for its error records: -OrganizationId, else the connection's.</summary>
    protected string Context => OrganizationId ?? Hub.Context;

    // On the pipeline thread, where a saved connection's warning and NotConnected can be written.
    protected override void Begin() => _ = Hub;
}
