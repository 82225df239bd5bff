using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;

namespace KipuHub.Client.Platform;

public sealed record ShareRoutes(Route List, Route Create, Route Update, Route Delete);

/// <summary>The shares of a kind of resource, whatever its share type, for hosts that cannot be generic over it.</summary>
public interface IShares
{
    Task<IReadOnlyList<Share>> GetSharesAsync(string resourceId, CancellationToken cancellationToken);
    Task<Share> CreateShareAsync(string resourceId, string principalType, string principalId, string permission,
        CancellationToken cancellationToken);
    Task<Share> UpdateShareAsync(string resourceId, string shareId, string permission, CancellationToken cancellationToken);
    Task DeleteShareAsync(string resourceId, string shareId, CancellationToken cancellationToken);
}

/// <summary>Which users and organizations see a resource (a data pool, a service), and as what: VIEWER or MAINTAINER.</summary>
public abstract class SharesClient<TShare> : PlatformCaller, IShares where TShare : Share
{
    readonly ShareRoutes routes;

    private protected SharesClient(HubTransport transport, string? organizationId, ShareRoutes routes) : base(transport, organizationId)
    {
        this.routes = routes;
    }

    /// <summary>Sets the resource's id on a share when the answer leaves it out.</summary>
    protected abstract void Fill(TShare share, string resourceId);

    public async Task<IReadOnlyList<TShare>> GetSharesAsync(string resourceId, CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<TShare>(Scoped(routes.List, resourceId), "content", cancellationToken).ConfigureAwait(false), share =>
            Fill(share, resourceId));

    /// <param name="principalType">USER or ORGANIZATION.</param>
    /// <param name="permission">VIEWER or MAINTAINER.</param>
    public async Task<TShare> CreateShareAsync(string resourceId, string principalType, string principalId, string permission,
        CancellationToken cancellationToken = default) =>
        Filled(resourceId, await ReadRequiredAsync<TShare>(WithBody(Scoped(routes.Create, resourceId),
            new ShareRequest
            {
                PrincipalType = principalType?.ToUpperInvariant(),
                PrincipalId = principalId,
                Permission = permission.ToUpperInvariant()
            }), cancellationToken).ConfigureAwait(false));

    public async Task<TShare> UpdateShareAsync(string resourceId, string shareId, string permission,
        CancellationToken cancellationToken = default) =>
        Filled(resourceId, await ReadRequiredAsync<TShare>(WithBody(Scoped(routes.Update, resourceId, shareId),
            new ShareRequest { Permission = permission.ToUpperInvariant() }), cancellationToken).ConfigureAwait(false));

    public Task DeleteShareAsync(string resourceId, string shareId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(routes.Delete, resourceId, shareId), cancellationToken);

    TShare Filled(string resourceId, TShare share)
    {
        Fill(share, resourceId);
        return share;
    }

    async Task<IReadOnlyList<Share>> IShares.GetSharesAsync(string resourceId, CancellationToken cancellationToken) =>
        await GetSharesAsync(resourceId, cancellationToken).ConfigureAwait(false);
    async Task<Share> IShares.CreateShareAsync(string resourceId, string principalType, string principalId, string permission,
        CancellationToken cancellationToken) =>
        await CreateShareAsync(resourceId, principalType, principalId, permission, cancellationToken).ConfigureAwait(false);
    async Task<Share> IShares.UpdateShareAsync(string resourceId, string shareId, string permission, CancellationToken cancellationToken) =>
        await UpdateShareAsync(resourceId, shareId, permission, cancellationToken).ConfigureAwait(false);
}
