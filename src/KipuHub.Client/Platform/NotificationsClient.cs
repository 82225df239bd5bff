using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The user_notifications namespace: the user's notifications, read or unread, and deleting them.</summary>
public sealed class NotificationsClient : PlatformCaller
{
    internal NotificationsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="unreadOnly">Leaves out the notifications read already.</param>
    public Task<PageResponse<Notification>> GetNotificationsAsync(int? page = null, int? size = null, bool unreadOnly = false,
        CancellationToken cancellationToken = default) =>
        ReadPageAsync<Notification>(PageQuery.Apply(Scoped(R.GetNotifications), page, size, null).WithQuery("unread", unreadOnly ? true :
            null), cancellationToken);

    public Pager<Notification> ListNotifications(int pageSize = 50, bool unreadOnly = false, int firstPage = 0) =>
        new((page, size, ct) => GetNotificationsAsync(page, size, unreadOnly, ct), pageSize, firstPage);

    public Task<Notification> GetNotificationAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Notification>(Scoped(R.GetNotification, id), cancellationToken);

    public Task<Notification> MarkAsync(string id, bool read, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Notification>(WithBody(Scoped(R.UpdateNotification, id), new NotificationReadRequest { Read = read }),
            cancellationToken);

    public Task MarkAllReadAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.MarkAllNotificationsRead), cancellationToken);

    public Task DeleteNotificationAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteNotification, id), cancellationToken);
}
