using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's user_notifications.
public static partial class PlatformRoutes
{
    // User notifications: nothing public; the Hub's conventions.
    public static readonly Route GetNotifications = Inferred("get_notifications", "GET", "notifications");
    public static readonly Route GetNotification = Inferred("get_notification", "GET", "notifications/{id}");
    public static readonly Route UpdateNotification = Inferred("update_notification", "PUT", "notifications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route MarkAllNotificationsRead = Inferred("mark_all_notifications_read", "POST", "notifications/read",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteNotification = Inferred("delete_notification", "DELETE", "notifications/{id}",
        RouteKind.IdempotentWrite);
}
