using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Marks notifications read (-Read) or unread (-Read:$false); -All marks every one read.</summary>
[Cmdlet(VerbsCommon.Set, "QHubNotification",
    HelpUri = HelpUris.Base + "Set-QHubNotification.md", SupportsShouldProcess = true, DefaultParameterSetName = IdSet)]
[OutputType(typeof(Notification))]
public sealed class SetQHubNotificationCommand : PlatformCmdletBase
{
    const string IdSet = "Id", AllSet = "All";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NotificationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Read, or with -Read:$false unread again. With -All it may be given too (-All -Read), as about_KipuHub writes it.</summary>
    [Parameter(Mandatory = true, ParameterSetName = IdSet)]
    [Parameter(ParameterSetName = AllSet)]
    public SwitchParameter Read { get; set; }

    /// <summary>Every notification read at once.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AllSet)] public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Notification";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == AllSet)
        {
            if (MyInvocation.BoundParameters.ContainsKey(nameof(Read)) && !Read)
                ThrowTerminatingError(new ErrorRecord(new ArgumentException("-All marks every notification read; to mark some unread " +
                    "again, give them with -Id and -Read:$false."), "InvalidArgument", ErrorCategory.InvalidArgument, null));
            if (ShouldProcess("every notification", "Mark read")) ForTarget("notifications", async token =>
            {
                await Platform.Notifications.MarkAllReadAsync(token);
                return null;
            });
            return;
        }
        ForEachId(Id, id => ShouldProcess($"notification {id}", Read ? "Mark read" : "Mark unread"), async (id, token) =>
            await Platform.Notifications.MarkAsync(id, Read, token));
    }
}
