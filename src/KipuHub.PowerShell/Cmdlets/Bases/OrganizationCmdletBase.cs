using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// A Platform API cmdlet about the user's organizations and account themselves (organizations, members, invitations,
/// provider tokens): an organization is what it addresses, not the context it runs in, so it has no -OrganizationId
/// of the context; those that name an organization declare it and run the call in it (<see cref="PlatformIn"/>).
/// </summary>
public abstract class OrganizationCmdletBase : HubCmdletBase
{
    QHubConnection? hub;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    protected QHubConnection Hub => hub ??= ResolveHub(this, Connection);

    /// <summary>The Platform API in the connection's context.</summary>
    protected HubPlatformClient Platform => Hub.Platform;

    /// <summary>The Platform API in an organization (null: the connection's context).</summary>
    protected HubPlatformClient PlatformIn(string? organizationId) => Hub.Platform.ForOrganization(organizationId);

    /// <summary>
    /// The organization a cmdlet addresses: the one given, else the context's (Set-QHubContext -OrganizationId), as every other
    /// cmdlet that runs in an organization. Without either, a terminating error that says to give one, never a prompt.
    /// </summary>
    protected string OrganizationOf(string? given)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given!;
        if (Hub.OrganizationId is { } context) return context;
        ThrowTerminatingError(new ErrorRecord(new ArgumentException($"{MyInvocation.MyCommand.Name} needs an organization: give " +
            "-OrganizationId, or make one the context (Set-QHubContext -OrganizationId <id>; Get-QHubOrganization lists yours)."),
            "OrganizationNotGiven", ErrorCategory.InvalidArgument, null));
        return "";
    }

    // On the pipeline thread, where a saved connection's warning and NotConnected can be written.
    protected override void Begin() => _ = Hub;
}
