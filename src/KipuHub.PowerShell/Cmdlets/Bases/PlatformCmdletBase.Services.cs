namespace KipuHub.PowerShell.Cmdlets;

// Versions of services: the one -VersionId names, else each service's newest.
public abstract partial class PlatformCmdletBase
{
    /// <summary>The version named, else the service's newest.</summary>
    protected async Task<string> VersionOfAsync(string serviceId, string? versionId, CancellationToken cancellationToken) =>
        versionId ?? (await Platform.Services.GetServiceAsync(serviceId, cancellationToken)).LatestVersion?.Id
        ?? throw new InvalidOperationException($"Service {serviceId} has no version.");

    /// <summary>Does one thing to a version of each service, confirmed first (-Force skips it): the version named, else the
    /// newest.</summary>
    protected void ForEachVersion(IReadOnlyCollection<string> serviceIds, string? versionId, string action, bool force,
        Func<string, string, CancellationToken, Task<object?>> work) =>
        ForEachId(serviceIds, id => ShouldProcess($"{(versionId is null ? "the newest version" : "version " + versionId)} of service {id}",
            action, force), async (id, token) =>
            await work(id, await VersionOfAsync(id, versionId, token), token));
}
