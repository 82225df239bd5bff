using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets your notifications by id, or lists them newest first page by page; -Unread leaves out the read ones.</summary>
[Cmdlet(VerbsCommon.Get, "QHubNotification",
    HelpUri = HelpUris.Base + "Get-QHubNotification.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Notification))]
public sealed class GetQHubNotificationCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NotificationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)] public SwitchParameter Unread { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)] public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Notification";


    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.Notifications.GetNotificationAsync(id, token));
        else WritePages(page => Platform.Notifications.ListNotifications(PageSize, Unread, page), PageSize, All,
            new Errors.ErrorContext(ErrorNoun), null);
    }
}
