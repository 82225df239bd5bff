using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>
/// Gets subscriptions by id, those of an application (an application from the pipeline binds by its Id), or, with
/// neither, those of every application of the context.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubSubscription", HelpUri = HelpUris.Base + "Get-QHubSubscription.md", DefaultParameterSetName = ApplicationSet)]
[OutputType(typeof(Subscription))]
public sealed class GetQHubSubscriptionCommand : PlatformCmdletBase
{
    const string IdSet = "Id", ApplicationSet = "Application";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipelineByPropertyName = true)]
    [Alias("SubscriptionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>An application from the pipeline binds by its ApplicationId.</summary>
    [Parameter(ParameterSetName = ApplicationSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string? ApplicationId { get; set; }

    protected override string ErrorNoun => ParameterSetName == IdSet ? "Subscription" : "Application";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.Subscriptions.GetSubscriptionAsync(id, token));
        else if (ApplicationId is { } application)
            ForTarget(application, async token => await Platform.Subscriptions.GetApplicationSubscriptionsAsync(application, token));
        else ForTarget(Context, async token => await AllSubscriptionsAsync(token));
    }

    // The Hub lists subscriptions per application only.
    async Task<List<Subscription>> AllSubscriptionsAsync(CancellationToken token)
    {
        var all = new List<Subscription>();
        foreach (var application in await Platform.Applications.GetApplicationsAsync(token))
            all.AddRange(await Platform.Subscriptions.GetApplicationSubscriptionsAsync(application.Id!, token));
        return all;
    }
}
