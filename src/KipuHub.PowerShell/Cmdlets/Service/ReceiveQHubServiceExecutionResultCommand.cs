using System.Management.Automation;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// The result of executions: the service's output as an object, with the execution id and the names of the result
/// files (Save-QHubServiceExecutionResultFile downloads them). Until an execution has a result the gateway says 404.
/// </summary>
[Cmdlet(VerbsCommunications.Receive, "QHubServiceExecutionResult")]
[OutputType(typeof(PSObject))]
public sealed class ReceiveQHubServiceExecutionResultCommand : AnySourceExecutionIdCmdlet
{
    public const string TypeName = "KipuHub.ServiceExecutionResult";

    protected override string ErrorNoun => "ServiceExecutionResult";

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var result = await Api.GetResultAsync(id, token);
        var output = PlainObjects.ToPowerShell(result.Output);
        var shown = PlainObjects.WithNote(output!, "ExecutionId", id, TypeName);
        shown.Properties.Add(new PSNoteProperty("Files", result.Files.Keys.ToArray()));
        return shown;
    }

    // The catalog has the output only: result files are the gateway's.
    protected override async Task<object?> ForCatalogIdAsync(string id, CancellationToken token)
    {
        var output = PlainObjects.ToPowerShell((await Catalog.ServiceExecutions.GetServiceExecutionResultAsync(id, token)).Value);
        var shown = PlainObjects.WithNote(output!, "ExecutionId", id, TypeName);
        shown.Properties.Add(new PSNoteProperty("Files", Array.Empty<string>()));
        return shown;
    }
}
