using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The marketplace namespace: the services offered, and the OpenAPI document of each.</summary>
public sealed class MarketplaceClient : PlatformCaller
{
    internal MarketplaceClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public async Task<IReadOnlyList<MarketplaceListing>> FindServicesAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync<List<MarketplaceListing>>(Scoped(R.FindServices), cancellationToken).ConfigureAwait(false) ??
            new List<MarketplaceListing>();

    /// <param name="id">The listing's id, not its service's.</param>
    public Task<MarketplaceListing> FindServiceAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<MarketplaceListing>(Scoped(R.FindService, id), cancellationToken);

    /// <summary>The service's own OpenAPI document, as JSON.</summary>
    public async Task<JsonContent> GetApiSpecAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadJsonAsync(Scoped(R.GetApiSpec, id), cancellationToken).ConfigureAwait(false) ?? new JsonContent("");
}
