using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using KipuHub.Client.Service.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The subscriptions namespace: applications subscribed to services, and what they ran there.</summary>
public sealed class SubscriptionsClient : PlatformCaller
{
    internal SubscriptionsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="serviceId">The service's id (a marketplace listing's ServiceId).</param>
    public Task<Subscription> CreateSubscriptionAsync(string applicationId, string serviceId,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Subscription>(WithBody(Scoped(R.CreateSubscription),
            new CreateSubscriptionRequest { ApplicationId = applicationId, ServiceId = serviceId }), cancellationToken);

    public Task<Subscription> GetSubscriptionAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Subscription>(Scoped(R.GetSubscription, id), cancellationToken);

    public Task DeleteSubscriptionAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteSubscription, id), cancellationToken);

    /// <summary>The executions the subscribed application started on the service: the gateway's ServiceExecution, one noun for
    /// both.</summary>
    public async Task<IReadOnlyList<ServiceExecution>> GetSubscriptionServiceExecutionsAsync(string id,
        CancellationToken cancellationToken = default) =>
        await ReadAsync<List<ServiceExecution>>(Scoped(R.GetSubscriptionServiceExecutions, id), cancellationToken).ConfigureAwait(false) ??
            new List<ServiceExecution>();

    public async Task<IReadOnlyList<Subscription>> GetApplicationSubscriptionsAsync(string applicationId,
        CancellationToken cancellationToken = default) =>
        await ReadAsync<List<Subscription>>(Scoped(R.GetApplicationSubscriptions, applicationId), cancellationToken).ConfigureAwait(false)
            ?? new List<Subscription>();
}
