using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's subscriptions.
public static partial class PlatformRoutes
{
    // Subscriptions: get_subscription_service_executions seen in the MCP server (current); the rest are the 2024 API's.
    public static readonly Route CreateSubscription = Seen("create_subscription", "POST", "subscriptions", RouteKind.Create);
    public static readonly Route GetSubscription = Seen("get_subscription", "GET", "subscriptions/{id}");
    public static readonly Route DeleteSubscription = Seen("delete_subscription", "DELETE", "subscriptions/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetSubscriptionServiceExecutions = Seen("get_subscription_service_executions", "GET",
        "subscriptions/{id}/service-executions");
    public static readonly Route GetApplicationSubscriptions = Seen("get_application_subscriptions", "GET",
        "v2/applications/{id}/subscriptions");
}
