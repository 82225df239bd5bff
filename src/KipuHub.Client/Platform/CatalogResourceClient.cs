using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;

namespace KipuHub.Client.Platform;

/// <summary>The routes of a catalog resource: a paged list, and get, create, update and delete by id.</summary>
public sealed record CatalogResourceRoutes(Route List, Route Get, Route Create, Route Update, Route Delete) : IRouteGroup
{
    public IEnumerable<Route> All => new[] { List, Get, Create, Update, Delete };
}

/// <summary>A catalog resource namespace whatever its resource type, for hosts that cannot be generic over it (PowerShell's
/// cmdlets).</summary>
public interface ICatalogResources
{
    IPager List(int pageSize, IEnumerable<KeyValuePair<string, string?>>? filters, int firstPage);
    Task<object> GetItemAsync(string id, CancellationToken cancellationToken);
    Task<object> CreateItemAsync(object request, CancellationToken cancellationToken);
    Task<object> UpdateItemAsync(string id, object request, CancellationToken cancellationToken);
    Task DeleteAsync(string id, CancellationToken cancellationToken);
}

/// <summary>
/// A namespace of the Platform API whose resources are listed in pages, read, created, changed and deleted by id
/// (algorithms, implementations, use cases, ...). The namespaces add their own operations beside these.
/// </summary>
public abstract class CatalogResourceClient<T> : PlatformCaller, ICatalogResources where T : class
{
    readonly CatalogResourceRoutes routes;

    private protected CatalogResourceClient(HubTransport transport, string? organizationId, CatalogResourceRoutes routes) :
        base(transport, organizationId)
    {
        this.routes = routes;
    }

    /// <param name="filters">Query filters of the listing (search, title, algorithmId, ...); null values are left out.</param>
    public Task<PageResponse<T>> ListPageAsync(int? page = null, int? size = null,
        IEnumerable<KeyValuePair<string, string?>>? filters = null, CancellationToken cancellationToken = default)
    {
        var request = PageQuery.Apply(Scoped(routes.List), page, size, null);
        foreach (var filter in filters ?? Array.Empty<KeyValuePair<string, string?>>()) request.WithQuery(filter.Key, filter.Value);
        return ReadPageAsync<T>(request, cancellationToken);
    }

    /// <summary>Every resource, one page requested at a time as the caller advances.</summary>
    public Pager<T> List(int pageSize = 50, IEnumerable<KeyValuePair<string, string?>>? filters = null, int firstPage = 0)
    {
        var fixedFilters = filters?.ToList();
        return new((page, size, ct) => ListPageAsync(page, size, fixedFilters, ct), pageSize, firstPage);
    }

    public Task<T> GetAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<T>(Scoped(routes.Get, id), cancellationToken);

    /// <param name="request">The body: a request type of the namespace, or plain values.</param>
    public Task<T> CreateAsync(object request, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<T>(Body(Scoped(routes.Create), request), cancellationToken);

    /// <summary>Changes the fields the request carries; null fields stay as they are.</summary>
    public Task<T> UpdateAsync(string id, object request, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<T>(Body(Scoped(routes.Update, id), request), cancellationToken);

    /// <summary>Whether create and update bodies hold a secret (a token) and are never logged.</summary>
    private protected virtual bool BodiesAreSecret => false;

    HubRequest Body(HubRequest request, object body)
    {
        WithBody(request, body ?? throw new ArgumentNullException(nameof(body))).BodyIsSecret = BodiesAreSecret;
        return request;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(routes.Delete, id), cancellationToken);

    IPager ICatalogResources.List(int pageSize, IEnumerable<KeyValuePair<string, string?>>? filters, int firstPage) =>
        List(pageSize, filters, firstPage);
    async Task<object> ICatalogResources.GetItemAsync(string id, CancellationToken cancellationToken) =>
        await GetAsync(id, cancellationToken).ConfigureAwait(false);
    async Task<object> ICatalogResources.CreateItemAsync(object request, CancellationToken cancellationToken) =>
        await CreateAsync(request, cancellationToken).ConfigureAwait(false);
    async Task<object> ICatalogResources.UpdateItemAsync(string id, object request, CancellationToken cancellationToken) =>
        await UpdateAsync(id, request, cancellationToken).ConfigureAwait(false);
}
