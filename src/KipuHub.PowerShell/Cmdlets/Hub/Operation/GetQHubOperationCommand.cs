using System.Management.Automation;
using KipuHub.Client.Core.OpenApi;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Lists the operations an API documents in the OpenAPI document it serves ({base}/docs).</summary>
[Cmdlet(VerbsCommon.Get, "QHubOperation", HelpUri = HelpUris.Base + "Get-QHubOperation.md")]
[OutputType(typeof(OpenApiOperation))]
public sealed class GetQHubOperationCommand : AnyApiCmdletBase
{
    /// <summary>Operation ids to show; wildcards allowed.</summary>
    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Name { get; set; }

    /// <summary>Reads the document again instead of the one this connection keeps.</summary>
    [Parameter] public SwitchParameter Refresh { get; set; }

    protected override string ErrorNoun => "Operation";

    protected override void ProcessRecord()
    {
        var patterns = (Name ?? new[] { "*" }).Select(n => new WildcardPattern(n, WildcardOptions.IgnoreCase)).ToList();
        ForTarget(Api.ToString(), async token =>
        {
            var document = await Catalog.GetAsync(Refresh, token);
            return document.Operations.Where(o => patterns.Any(p => p.IsMatch(o.OperationId))).ToList();
        });
    }
}
