using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets catalog services by id, or lists those of the context page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubService",
    HelpUri = HelpUris.Base + "Get-QHubService.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(CatalogService))]
public sealed class GetQHubServiceCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Only services whose newest version is in this lifecycle.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("CREATED", "ACCESSIBLE", "PUBLISHED")]
    public string? Lifecycle { get; set; }

    /// <summary>Only managed (Hub-hosted), external or workflow services.</summary>
    [Parameter(ParameterSetName = ListSet)]
    [ValidateSet("MANAGED", "EXTERNAL", "WORKFLOW")]
    public string? Type { get; set; }

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "Service";


    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.Services.GetServiceAsync(id, token));
        else WritePages(page => Platform.Services.ListServices(PageSize, Lifecycle, Type?.ToUpperInvariant(), page), PageSize, All,
            new Errors.ErrorContext("Service"), null);
    }
}
