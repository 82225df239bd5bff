using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes notifications.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubNotification", HelpUri = HelpUris.Base + "Remove-QHubNotification.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubNotificationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NotificationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Notification";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"notification {id}", "Delete"), async (id, token) =>
    {
        await Platform.Notifications.DeleteNotificationAsync(id, token);
        return null;
    });
}
