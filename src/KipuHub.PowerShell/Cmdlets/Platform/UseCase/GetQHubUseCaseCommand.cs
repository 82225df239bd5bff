using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets use cases by id, or lists those of the context page by page; -Title filters.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUseCase",
    HelpUri = HelpUris.Base + "Get-QHubUseCase.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(UseCase))]
public sealed class GetQHubUseCaseCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(UseCaseIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    [Parameter(ParameterSetName = ListSet)] public string? Title { get; set; }

    protected override string ErrorNoun => "UseCase";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.UseCases.GetAsync(id, token));
        else WritePages(page => Platform.UseCases.List(PageSize, new[] { new KeyValuePair<string, string?>("title", Title) }, page),
            PageSize, All, new Errors.ErrorContext(ErrorNoun), null);
    }
}
