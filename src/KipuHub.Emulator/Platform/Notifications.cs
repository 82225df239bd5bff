using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Per-user notifications: a welcome, and one for each quantum job the user submitted that has ended (completed,
/// failed or cancelled), newest first. Reading and deleting them is kept per user; a deleted one does not return.
/// </summary>
public sealed class Notifications(EmulatorOptions options, TimeProvider clock, QuantumStore quantum, StateLog state)
{
    const string Api = "qc-catalog";
    readonly DateTimeOffset started = state.Epoch(clock);
    readonly DurableMap<Mark> read = new(state, "notifications-read");
    readonly DurableMap<Mark> deleted = new(state, "notifications-deleted");

    sealed record Notification(string Id, string Category, string Title, string Message, DateTimeOffset CreatedAt, string? ResourceId);

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/notifications", "getNotifications",
            "The user's notifications, newest first, paged; unread=true leaves out the read ones", (HttpContext c, bool? unread) =>
        {
            var user = Caller.Of(c).User.Id;
            return CatalogPage.Of(c, Of(user).Where(n => unread != true || !IsRead(user, n.Id)), n => Wire(user, n));
        }, query: CatalogPage.QueryNames);
        registry.Map(group, Api, "GET", "/notifications/{id}", "getNotification", "A notification", (HttpContext c, string id) =>
            With(c, id, (user, n) => Json(Wire(user, n))));
        registry.Map(group, Api, "PUT", "/notifications/{id}", "updateNotification", "Mark a notification read or unread",
            async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            if (body["read"] is not System.Text.Json.Nodes.JsonValue value ||
                !value.TryGetValue<bool>(out var isRead)) return ApiError.Unprocessable(c, "read must be true or false.");
            return With(c, id, (user, n) =>
            {
                if (isRead) read[Key(user, n.Id)] = new Mark(clock.GetUtcNow());
                else read.TryRemove(Key(user, n.Id));
                return Json(Wire(user, n));
            });
        });
        registry.Map(group, Api, "POST", "/notifications/read", "markAllNotificationsRead", "Mark every notification read",
            (HttpContext c) =>
        {
            var user = Caller.Of(c).User.Id;
            foreach (var n in Of(user)) read[Key(user, n.Id)] = new Mark(clock.GetUtcNow());
            return Results.NoContent();
        }, bodyType: "");
        registry.Map(group, Api, "DELETE", "/notifications/{id}", "deleteNotification", "Delete a notification",
            (HttpContext c, string id) =>
            With(c, id, (user, n) =>
            {
                deleted[Key(user, n.Id)] = new Mark(clock.GetUtcNow());
                return Results.NoContent();
            }));
    }

    IEnumerable<Notification> Of(string user)
    {
        var now = clock.GetUtcNow();
        var jobs = quantum.AllJobs().Where(j => j.CreatedBy == user && j.Status(now) is "COMPLETED" or "FAILED" or "CANCELLED")
            .Select(j => new Notification("job-" + j.Id, "JOB", $"Job {j.Status(now).ToLowerInvariant()}",
                $"Your job {j.Name ?? j.Id} on {j.BackendId} is {j.Status(now)}.", j.CancelledAt ?? j.EndsAt, j.Id));
        return jobs.Append(new Notification("welcome", "SYSTEM", "Welcome to the Kipu Quantum Hub", "This is the KipuHub emulator.",
            started, null))
            .Where(n => !deleted.ContainsKey(Key(user, n.Id)))
            .OrderByDescending(n => n.CreatedAt);
    }

    bool IsRead(string user, string id) => read.ContainsKey(Key(user, id));

    static string Key(string user, string id) => user + "/" + id;

    IResult With(HttpContext c, string id, Func<string, Notification, IResult> found)
    {
        var user = Caller.Of(c).User.Id;
        return Of(user).FirstOrDefault(n => n.Id == id) is { } n ? found(user, n) : ApiError.NotFound(c, $"Notification '{id}' not found.");
    }

    object Wire(string user, Notification n) => new
    {
        id = n.Id,
        category = n.Category,
        title = n.Title,
        message = n.Message,
        read = IsRead(user, n.Id),
        createdAt = n.CreatedAt,
        resourceId = n.ResourceId,
    };

    static IResult Json(object value) => Results.Json(value, EmulatorJson.CamelCase);
}
