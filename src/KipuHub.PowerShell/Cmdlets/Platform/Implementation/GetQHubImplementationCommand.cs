using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets implementations by id, or lists those of the context page by page; an algorithm from the pipeline lists its own.</summary>
[Cmdlet(VerbsCommon.Get, "QHubImplementation",
    HelpUri = HelpUris.Base + "Get-QHubImplementation.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(Implementation))]
public sealed class GetQHubImplementationCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ImplementationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    /// <summary>Only the implementations of this algorithm; an algorithm from the pipeline binds by its AlgorithmId.</summary>
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)] public string? AlgorithmId { get; set; }

    /// <summary>An algorithm from Get-QHubAlgorithm on the pipeline: it binds here, not to -Id.</summary>
    [Parameter(ParameterSetName = ListSet, ValueFromPipeline = true)] public Algorithm? Algorithm { get; set; }

    protected override string ErrorNoun => "Implementation";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.Implementations.GetAsync(id, token));
        else WritePages(page => Platform.Implementations.List(PageSize, new[] { new KeyValuePair<string, string?>("algorithmId",
            Algorithm?.Id ?? AlgorithmId) }, page), PageSize, All, new Errors.ErrorContext(ErrorNoun), null);
    }
}
