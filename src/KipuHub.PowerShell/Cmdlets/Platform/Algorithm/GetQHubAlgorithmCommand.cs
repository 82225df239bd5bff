using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets algorithms by id, or lists those of the context page by page; -Search filters by name.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithm",
    HelpUri = HelpUris.Base + "Get-QHubAlgorithm.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Algorithm))]
public sealed class GetQHubAlgorithmCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    [Parameter(ParameterSetName = ListSet)] public string? Search { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.Algorithms.GetAsync(id, token));
        else WritePages(page => Platform.Algorithms.List(PageSize, new[] { new KeyValuePair<string, string?>("search", Search) }, page),
            PageSize, All, new Errors.ErrorContext(ErrorNoun), null);
    }
}
