using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The services namespace: catalog services, their versions, and publishing a version to the marketplace.</summary>
public sealed class ServicesClient : PlatformCaller
{
    internal ServicesClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="lifecycle">Only services in this lifecycle (CREATED, ACCESSIBLE, PUBLISHED).</param>
    /// <param name="type">Only services of this type (MANAGED, EXTERNAL, WORKFLOW).</param>
    public Task<PageResponse<CatalogService>> GetServicesAsync(int? page = null, int? size = null, string? lifecycle = null,
        string? type = null, CancellationToken cancellationToken = default) =>
        ReadPageAsync<CatalogService>(PageQuery.Apply(Scoped(R.GetServices), page, size, null).WithQuery("lifecycle",
            lifecycle).WithQuery("type", type), cancellationToken);

    /// <summary>Every service, one page requested at a time as the caller advances.</summary>
    public Pager<CatalogService> ListServices(int pageSize = 50, string? lifecycle = null, string? type = null, int firstPage = 0) =>
        new((page, size, ct) => GetServicesAsync(page, size, lifecycle, type, ct), pageSize, firstPage);

    public async Task<CatalogService> GetServiceAsync(string id, CancellationToken cancellationToken = default) =>
        WithServiceIds(await ReadRequiredAsync<CatalogService>(Scoped(R.GetService, id), cancellationToken).ConfigureAwait(false));


    public Task DeleteServiceAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteService, id), cancellationToken);

    public async Task<IReadOnlyList<CatalogServiceVersion>> GetServiceVersionsAsync(string id,
        CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<CatalogServiceVersion>(Scoped(R.GetServiceVersions, id), "content",
            cancellationToken).ConfigureAwait(false), v => v.ServiceId ??= id);

    public Task<CatalogServiceVersion> GetServiceVersionAsync(string serviceId, string versionId,
        CancellationToken cancellationToken = default) =>
        ForVersion(serviceId, Scoped(R.GetServiceVersion, serviceId, versionId), cancellationToken);

    public Task<CatalogServiceVersion> UpdateServiceVersionAsync(string serviceId, string versionId, UpdateServiceVersionRequest update,
        CancellationToken cancellationToken = default) =>
        ForVersion(serviceId, WithBody(Scoped(R.UpdateServiceVersion, serviceId, versionId), update ??
            throw new ArgumentNullException(nameof(update))), cancellationToken);

    /// <summary>Publishes a version to the marketplace. A version published already, or being published, is a ConflictException.</summary>
    public Task<CatalogServiceVersion> PublishServiceAsync(string serviceId, string versionId,
        CancellationToken cancellationToken = default) =>
        ForVersion(serviceId, Scoped(R.PublishService, serviceId, versionId), cancellationToken);

    /// <summary>Takes a version off the marketplace; subscribers can no longer call it.</summary>
    public Task<CatalogServiceVersion> UnpublishServiceAsync(string serviceId, string versionId,
        CancellationToken cancellationToken = default) =>
        ForVersion(serviceId, Scoped(R.UnpublishService, serviceId, versionId), cancellationToken);

    async Task<CatalogServiceVersion> ForVersion(string serviceId, HubRequest request, CancellationToken cancellationToken)
    {
        var version = await ReadRequiredAsync<CatalogServiceVersion>(request, cancellationToken).ConfigureAwait(false);
        version.ServiceId ??= serviceId;
        return version;
    }

    static CatalogService WithServiceIds(CatalogService service) => ServiceIds.Fill(service);
}
