using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// The result of executions: the service's output as an object, with the execution id and the names of the result
/// files (Save-QHubServiceExecutionResultFile downloads them; the catalog has the output only). Until an execution
/// has a result the Hub says 404; a FAILED one has none (ServiceExecutionFailed).
/// </summary>
[Cmdlet(VerbsCommunications.Receive, "QHubServiceExecutionResult", HelpUri = HelpUris.Base + "Receive-QHubServiceExecutionResult.md")]
[OutputType(typeof(PSObject))]
public sealed class ReceiveQHubServiceExecutionResultCommand : ServiceExecutionCmdletBase
{
    public const string TypeName = "KipuHub.ServiceExecutionResult";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId", "ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceExecutionResult";

    protected override void ProcessRecord()
    {
        var executions = Executions;
        ForEachId(Id, async (id, token) =>
        {
            var result = await executions.GetSucceededExecutionResultAsync(id, token);
            var shown = PlainObjects.WithNote(PlainObjects.ToPowerShell(result.Output)!, "ExecutionId", id, TypeName);
            shown.Properties.Add(new PSNoteProperty("Files", result.Files.Keys.ToArray()));
            return shown;
        });
    }
}
