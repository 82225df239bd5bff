using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Subscribes an application to a service of the marketplace (a listing from the pipeline binds by its ServiceId).</summary>
[Cmdlet(VerbsCommon.New, "QHubSubscription", HelpUri = HelpUris.Base + "New-QHubSubscription.md", SupportsShouldProcess = true)]
[OutputType(typeof(Subscription))]
public sealed class NewQHubSubscriptionCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string? ApplicationId { get; set; }

    /// <summary>The service's id: a marketplace listing's ServiceId, not the listing's Id.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? ServiceId { get; set; }

    protected override string ErrorNoun => "Subscription";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application {ApplicationId}", $"Subscribe to service {ServiceId}")) return;
        ForTarget(ServiceId, async token => await Platform.Subscriptions.CreateSubscriptionAsync(ApplicationId!, ServiceId!, token),
            creates: true, refersTo: new[] { "Application", "Service" });
    }
}
