using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Ends subscriptions: the application can no longer call the service.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubSubscription", HelpUri = HelpUris.Base + "Remove-QHubSubscription.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubSubscriptionCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SubscriptionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Subscription";


    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"subscription {id}", "End"), async (id, token) =>
        {
            await Platform.Subscriptions.DeleteSubscriptionAsync(id, token);
            return null;
        });
}
