using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>The user's notifications against the emulator: one for each job that ended, read and deleted per user.</summary>
public sealed class NotificationsClientTests : EmulatorFixture
{
    [Fact]
    public async Task A_job_that_ended_is_notified_once_read_unread_and_deleted()
    {
        using var quantum = Quantum("org-notify");
        var job = await quantum.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), 10, name: "notify-me"));
        await new JobWaiter(quantum.Jobs, new[] { job.Id! }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(30) }).WaitAsync();
        using var platform = new HubPlatformClient(Options());

        var unread = (await platform.Notifications.GetNotificationsAsync(unreadOnly: true)).Items;
        var notice = Assert.Single(unread, n => n.ResourceId == job.Id);
        Assert.Equal("JOB", notice.Category);
        Assert.Contains("notify-me", notice.Message);
        Assert.True((await platform.Notifications.MarkAsync(notice.Id!, true)).Read);
        Assert.DoesNotContain((await platform.Notifications.GetNotificationsAsync(unreadOnly: true)).Items, n => n.Id == notice.Id);
        Assert.False((await platform.Notifications.MarkAsync(notice.Id!, false)).Read);

        await platform.Notifications.MarkAllReadAsync();
        Assert.Empty((await platform.Notifications.GetNotificationsAsync(unreadOnly: true)).Items);
        await platform.Notifications.DeleteNotificationAsync(notice.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Notifications.GetNotificationAsync(notice.Id!));
        Assert.DoesNotContain((await platform.Notifications.GetNotificationsAsync()).Items, n => n.Id == notice.Id);
    }
}
