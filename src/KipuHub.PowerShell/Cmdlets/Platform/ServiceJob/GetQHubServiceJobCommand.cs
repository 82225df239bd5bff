using System.Management.Automation;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets service jobs by id, or lists those of the context page by page, newest first.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceJob",
    HelpUri = HelpUris.Base + "Get-QHubServiceJob.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(ServiceJob))]
public sealed class GetQHubServiceJobCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "ServiceJob";


    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.ServiceJobs.GetServiceJobAsync(id, token));
        else WritePages(page => Platform.ServiceJobs.ListServiceJobs(PageSize, page), PageSize, All, new Errors.ErrorContext("ServiceJob"),
            null);
    }
}
