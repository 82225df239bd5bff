using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets your notifications by id, or lists them newest first page by page; -Unread leaves out the read ones.</summary>
[Cmdlet(VerbsCommon.Get, "QHubNotification", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Notification))]
public sealed class GetQHubNotificationCommand : QHubPlatformCmdlet
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)] public SwitchParameter Unread { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)] public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Notification";

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Platform.Notifications.GetNotificationAsync(id, token));
        else WritePages(page => Platform.Notifications.ListNotifications(PageSize, Unread, page), PageSize, All, new Errors.ErrorContext(ErrorNoun), null);
    }
}

/// <summary>Marks notifications read (-Read) or unread (-Read:$false); -All marks every one read.</summary>
[Cmdlet(VerbsCommon.Set, "QHubNotification", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(Notification))]
public sealed class SetQHubNotificationCommand : QHubPlatformCmdlet
{
    const string IdSet = "Id", AllSet = "All";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Read, or with -Read:$false unread again.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet)] public SwitchParameter Read { get; set; }

    /// <summary>Every notification read at once.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)] public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Notification";

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == AllSet)
        {
            if (ShouldProcess("every notification", "Mark read")) ForTarget("notifications", async token =>
            {
                await Platform.Notifications.MarkAllReadAsync(token);
                return null;
            });
            return;
        }
        ForEachId(Id, id => ShouldProcess($"notification {id}", Read ? "Mark read" : "Mark unread"), async (id, token) => await Platform.Notifications.MarkAsync(id, Read, token));
    }
}

/// <summary>Deletes notifications.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubNotification", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubNotificationCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Notification";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"notification {id}", "Delete"), async (id, token) =>
    {
        await Platform.Notifications.DeleteNotificationAsync(id, token);
        return null;
    });
}
