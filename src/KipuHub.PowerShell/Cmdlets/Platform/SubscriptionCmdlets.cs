using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets subscriptions by id, or those of an application (an application from the pipeline binds by its Id).</summary>
[Cmdlet(VerbsCommon.Get, "QHubSubscription", DefaultParameterSetName = ApplicationSet)]
[OutputType(typeof(Subscription))]
public sealed class GetQHubSubscriptionCommand : QHubPlatformCmdlet
{
    const string IdSet = "Id", ApplicationSet = "Application";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet)]
    [Alias("SubscriptionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>An application from the pipeline binds by its ApplicationId.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ApplicationSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ApplicationId { get; set; }

    protected override string ErrorNoun => ParameterSetName == IdSet ? "Subscription" : "Application";

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Platform.Subscriptions.GetSubscriptionAsync(id, token));
        else ForTarget(ApplicationId, async token => await Platform.Subscriptions.GetApplicationSubscriptionsAsync(ApplicationId!, token));
    }
}

/// <summary>Subscribes an application to a service of the marketplace (a listing from the pipeline binds by its ServiceId).</summary>
[Cmdlet(VerbsCommon.New, "QHubSubscription", SupportsShouldProcess = true)]
[OutputType(typeof(Subscription))]
public sealed class NewQHubSubscriptionCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? ApplicationId { get; set; }

    /// <summary>The service's id: a marketplace listing's ServiceId, not the listing's Id.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ServiceId { get; set; }

    protected override string ErrorNoun => "Subscription";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application {ApplicationId}", $"Subscribe to service {ServiceId}")) return;
        ForTarget(ServiceId, async token => await Platform.Subscriptions.CreateSubscriptionAsync(ApplicationId!, ServiceId!, token), creates: true);
    }
}

/// <summary>Ends subscriptions: the application can no longer call the service.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubSubscription", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubSubscriptionCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("SubscriptionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Subscription";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"subscription {id}", "End"), async (id, token) =>
        {
            await Platform.Subscriptions.DeleteSubscriptionAsync(id, token);
            return null;
        });
}
