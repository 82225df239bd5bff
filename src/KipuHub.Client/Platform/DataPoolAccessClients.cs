using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The data_pool_grants namespace: which services may read a data pool while they run.</summary>
public sealed class DataPoolGrantsClient : PlatformCaller
{
    internal DataPoolGrantsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public async Task<IReadOnlyList<DataPoolGrant>> GetGrantsAsync(string dataPoolId, CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<DataPoolGrant>(Scoped(R.GetDataPoolGrants, dataPoolId), "content",
            cancellationToken).ConfigureAwait(false), g => g.DataPoolId ??= dataPoolId);

    /// <summary>Lets the service read the pool, until <paramref name="expiresAt"/> when given. A second grant for the service is a
    /// ConflictException.</summary>
    public Task<DataPoolGrant> CreateGrantAsync(string dataPoolId, string serviceId, DateTimeOffset? expiresAt = null,
        CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(serviceId)
            ? throw new ArgumentException("A grant names the service it lets read the pool.", nameof(serviceId))
            : ReadRequiredAsync<DataPoolGrant>(WithBody(Scoped(R.CreateDataPoolGrant, dataPoolId),
                new CreateDataPoolGrantRequest { ServiceId = serviceId, ExpiresAt = expiresAt }), cancellationToken);

    public Task DeleteGrantAsync(string dataPoolId, string grantId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteDataPoolGrant, dataPoolId, grantId), cancellationToken);
}

/// <summary>The data_pool_shares namespace: which users and organizations see a data pool, and as what.</summary>
public sealed class DataPoolSharesClient : SharesClient<DataPoolShare>
{
    internal DataPoolSharesClient(HubTransport transport, string? organizationId)
        : base(transport, organizationId, new ShareRoutes(R.GetDataPoolShares, R.CreateDataPoolShare, R.UpdateDataPoolShare,
            R.DeleteDataPoolShare))
    { }

    protected override void Fill(DataPoolShare share, string resourceId) => share.DataPoolId ??= resourceId;
}

/// <summary>The service_shares namespace: which users and organizations see a service, and as what.</summary>
public sealed class ServiceSharesClient : SharesClient<ServiceShare>
{
    internal ServiceSharesClient(HubTransport transport, string? organizationId)
        : base(transport, organizationId, new ShareRoutes(R.GetServiceShares, R.CreateServiceShare, R.UpdateServiceShare,
            R.DeleteServiceShare))
    { }

    protected override void Fill(ServiceShare share, string resourceId) => share.ServiceId ??= resourceId;
}
