using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Gets executions by id or lists them: from the connected service's gateway (those of this consumer), or from the
/// catalog through the Hub connection, all of the context's or those of a service, an application or a subscription.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecution",
    HelpUri = HelpUris.Base + "Get-QHubServiceExecution.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(ServiceExecution))]
public sealed class GetQHubServiceExecutionCommand : ServiceExecutionCmdletBase
{
    const string ListSet = "List", IdSet = "Id", SubscriptionSet = "Subscription", ServiceSet = "Service", ApplicationSet = "Application";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>A subscription of the catalog: what its application ran on the service.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SubscriptionSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string? SubscriptionId { get; set; }

    /// <summary>A catalog service: the executions of all its versions.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ServiceSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? ServiceId { get; set; }

    /// <summary>A service from Get-QHubService on the pipeline (it binds here, not to -Id).</summary>
    [Parameter(ParameterSetName = ServiceSet, ValueFromPipeline = true)]
    public CatalogService? CatalogService { get; set; }

    /// <summary>An application: the executions it started.</summary>
    [Parameter(Mandatory = true, ParameterSetName = ApplicationSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string? ApplicationId { get; set; }

    /// <summary>An application from Get-QHubApplication on the pipeline (it binds here, not to -Id).</summary>
    [Parameter(ParameterSetName = ApplicationSet, ValueFromPipeline = true)]
    public Application? Application { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ServiceSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>In the catalog: every execution, not only the first page.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [Parameter(ParameterSetName = ServiceSet)]
    [Parameter(ParameterSetName = ApplicationSet)]
    public SwitchParameter All { get; set; }

    protected override bool CatalogAsked => base.CatalogAsked || ParameterSetName is SubscriptionSet or ServiceSet or ApplicationSet;

    protected override void ProcessRecord()
    {
        var executions = Executions;
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, async (id, token) => await executions.GetExecutionAsync(id, token));
                break;
            case SubscriptionSet:
                ForTarget(SubscriptionId, async token => await Catalog.Subscriptions.GetSubscriptionServiceExecutionsAsync(SubscriptionId!,
                    token));
                break;
            case ListSet when !FromCatalog:
                // The gateway lists them all in one answer: -Skip and -First select from it, as they do from the catalog's pages.
                var paging = PagingParameters;
                ForTarget(Service.Uri.ToString(), async token => (await Api.GetServiceExecutionsAsync(token))
                    .Skip((int)Math.Min(paging.Skip, int.MaxValue)).Take((int)Math.Min(paging.First, int.MaxValue)).ToList());
                break;
            default:
                var (serviceId, applicationId) = (CatalogService?.Id ?? ServiceId, Application?.Id ?? ApplicationId);
                WritePages(page => Catalog.ServiceExecutions.ListServiceExecutions(PageSize, serviceId, applicationId, page), PageSize,
                    All, new Errors.ErrorContext(ErrorNoun), serviceId ?? applicationId);
                break;
        }
    }
}
