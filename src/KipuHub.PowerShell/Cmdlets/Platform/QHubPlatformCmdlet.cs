using System.Management.Automation;
using KipuHub.Client.Platform;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A Platform API cmdlet: the Hub connection's token and organization, or -OrganizationId for this call.</summary>
public abstract class QHubPlatformCmdlet : QHubCmdlet
{
    /// <summary>The organization of this call, instead of the connection's.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? OrganizationId { get; set; }

    protected HubPlatformClient Platform => Hub.Platform.ForOrganization(OrganizationId);

    /// <summary>The version named, else the service's newest.</summary>
    protected async Task<string> VersionOfAsync(string serviceId, string? versionId, CancellationToken cancellationToken) =>
        versionId ?? (await Platform.Services.GetServiceAsync(serviceId, cancellationToken)).LatestVersion?.Id
        ?? throw new InvalidOperationException($"Service {serviceId} has no version.");
}
