using System.Management.Automation;
using System.Security;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets git integrations by id, or lists those of the context page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubGitIntegration",
    HelpUri = HelpUris.Base + "Get-QHubGitIntegration.md", DefaultParameterSetName = ListSet, SupportsPaging = true)]
[OutputType(typeof(GitIntegration))]
public sealed class GetQHubGitIntegrationCommand : PlatformCmdletBase
{
    const string ListSet = "List", IdSet = "Id";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ParameterSetName = ListSet)]
    [ValidateRange(1, 1000)]
    public int PageSize { get; set; } = 50;

    [Parameter(ParameterSetName = ListSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "GitIntegration";

    protected override void ProcessRecord()
    {
        if (ParameterSetName == IdSet) ForEachId(Id, async (id, token) => await Platform.GitIntegrations.GetAsync(id, token));
        else WritePages(page => Platform.GitIntegrations.List(PageSize, Array.Empty<KeyValuePair<string, string?>>(), page), PageSize, All,
            new Errors.ErrorContext(ErrorNoun), null);
    }
}
