using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Subscriptions of applications to listed services, and the rule the gateway admits callers by: an application calls a
/// service it is subscribed to, and every service of its own context; the dev credentials are the operator's own
/// application, subscribed to the seeded listings.
/// </summary>
public sealed class Subscriptions(EmulatorOptions options, StateLog state, ApplicationStore applications, Marketplace marketplace,
    CatalogServices services, Gateway.GatewayApi gateway)
{
    const string Api = "qc-catalog";

    sealed record Subscription(string Id, string Owner, string ApplicationId, string ServiceId);

    readonly DurableMap<Subscription> subscriptions = new(state, "subscriptions");

    public int CountOf(string applicationId) => subscriptions.Values.Count(s => s.ApplicationId == applicationId);

    /// <summary>Whether the gateway lets a consumer key call the service at "context/service/version".</summary>
    public bool Admits(string key, string consumerKey)
    {
        var catalog = services.OfGatewayKey(key);
        if (consumerKey == EmulatorOptions.DevGatewayKey)
            return catalog is null || catalog.Value.Service.Owner == "user:" + EmulatorOptions.DevUserId;
        if (applications.OfConsumerKey(consumerKey) is not { } application) return false;
        if (catalog?.Service.Owner == application.Owner) return true;
        var serviceId = services.ServiceIdOfKey(key);
        return subscriptions.Values.Any(s => s.ApplicationId == application.Id && s.ServiceId == serviceId);
    }

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry, Func<ApplicationStore.Application, object> applicationWire)
    {
        registry.Map(group, Api, "POST", "/subscriptions", "createSubscription", "Subscribe an application to a listed service",
            async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var owner = Caller.Of(c).Owner;
            var (applicationId, serviceId) = (JsonBody.String(body, "applicationId"), JsonBody.String(body, "serviceId"));
            if (applicationId is null || serviceId is null) return ApiError.Unprocessable(c,
                "A subscription needs applicationId and serviceId.");
            if (applications.Find(owner, applicationId) is null) return ApiError.NotFound(c, $"Application '{applicationId}' not found.");
            if (!marketplace.Lists(serviceId)) return ApiError.NotFound(c,
                $"Service '{serviceId}' is not in the marketplace: none of its versions is published.");
            lock (subscriptions)
            {
                if (subscriptions.Values.Any(s => s.ApplicationId == applicationId && s.ServiceId == serviceId))
                    return ApiError.Conflict(c, $"Application '{applicationId}' is subscribed to '{serviceId}' already.");
                var subscription = new Subscription(Guid.NewGuid().ToString(), owner, applicationId, serviceId);
                subscriptions[subscription.Id] = subscription;
                return Json(Wire(c, subscription, applicationWire), 201);
            }
        });
        registry.Map(group, Api, "GET", "/subscriptions/{id}", "getSubscription", "A subscription", (HttpContext c, string id) =>
            With(c, id, s => Json(Wire(c, s, applicationWire))));
        registry.Map(group, Api, "DELETE", "/subscriptions/{id}", "deleteSubscription", "End a subscription", (HttpContext c, string id) =>
            With(c, id, s =>
            {
                subscriptions.TryRemove(s.Id, out _);
                return Results.NoContent();
            }));
        registry.Map(group, Api, "GET", "/subscriptions/{id}/service-executions", "getSubscriptionServiceExecutions",
            "What the subscribed application ran on the service", (HttpContext c, string id) =>
            With(c, id, s => Json(applications.Find(s.Owner, s.ApplicationId) is { } a
                ? gateway.ExecutionsOf(a.ConsumerKey, marketplace.ServiceKeysOf(s.ServiceId))
                : Array.Empty<object>())));
        registry.Map(group, Api, "GET", "/v2/applications/{id}/subscriptions", "getApplicationSubscriptions",
            "The subscriptions of an application", (HttpContext c, string id) =>
            applications.Find(Caller.Of(c).Owner, id) is { } a
                ? Json(subscriptions.Values.Where(s => s.ApplicationId == a.Id).Select(s => Wire(c, s, applicationWire)).ToList())
                : ApiError.NotFound(c, $"Application '{id}' not found."));
    }

    IResult With(HttpContext c, string id, Func<Subscription, IResult> found) =>
        subscriptions.TryGetValue(id, out var s) && s.Owner == Caller.Of(c).Owner ? found(s) :
            ApiError.NotFound(c, $"Subscription '{id}' not found.");

    object Wire(HttpContext c, Subscription s, Func<ApplicationStore.Application, object> applicationWire) => new
    {
        id = s.Id,
        application = applications.Find(s.Owner, s.ApplicationId) is { } a ? applicationWire(a) : null,
        api = marketplace.ListingOf(c, s.ServiceId),
        logsAvailable = true,
    };

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);
}
