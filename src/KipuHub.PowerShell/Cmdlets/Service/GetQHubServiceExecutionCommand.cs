using System.Management.Automation;
using KipuHub.Client.Service.Models;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>Gets executions of the connected service by id, or lists all of them (the gateway lists those of this consumer).</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceExecution", DefaultParameterSetName = ListSet)]
[OutputType(typeof(ServiceExecution))]
public sealed class GetQHubServiceExecutionCommand : QHubServiceCmdlet
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, _ => true, async (id, token) => await Api.GetStatusAsync(id, token));
        else ForTarget(Service.Uri.ToString(), async token => await Api.GetServiceExecutionsAsync(token));
    }
}
