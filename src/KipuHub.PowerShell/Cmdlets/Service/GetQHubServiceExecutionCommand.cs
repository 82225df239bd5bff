using System.Management.Automation;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Gets executions of the connected service by id, or lists all of them (the gateway lists those of this consumer);
/// with -SubscriptionId, the catalog's view through the Hub connection: what a subscribed application ran.
/// </summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecution", DefaultParameterSetName = ListSet)]
[OutputType(typeof(ServiceExecution))]
public sealed class GetQHubServiceExecutionCommand : QHubServiceCmdlet
{
    const string ListSet = "List", IdSet = "Id", SubscriptionSet = "Subscription";

    /// <summary>A subscription of the catalog: its executions through the Platform API, not a service connection.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SubscriptionSet, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? SubscriptionId { get; set; }

    /// <summary>With -SubscriptionId: a connection from Connect-QHub -PassThru; by default the current one.</summary>
    [Parameter(ParameterSetName = SubscriptionSet)]
    public QHubConnection? Connection { get; set; }

    /// <summary>With -SubscriptionId: the organization of this call, instead of the connection's.</summary>
    [Parameter(ParameterSetName = SubscriptionSet)]
    [ValidateNotNullOrEmpty]
    public string? OrganizationId { get; set; }

    QHubConnection? hub;

    // The catalog's view needs the Hub connection, not a service connection.
    protected override void BeginProcessing()
    {
        if (ParameterSetName == SubscriptionSet) hub = QHubCmdlet.Resolve(this, Connection);
        else base.BeginProcessing();
    }

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (hub is not null)
            ForTarget(SubscriptionId, async token => await hub.Platform.ForOrganization(OrganizationId).Subscriptions.GetSubscriptionServiceExecutionsAsync(SubscriptionId!, token));
        else if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Api.GetStatusAsync(id, token));
        else ForTarget(Service.Uri.ToString(), async token => await Api.GetServiceExecutionsAsync(token));
    }
}
