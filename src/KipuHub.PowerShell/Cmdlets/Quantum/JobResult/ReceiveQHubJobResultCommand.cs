using System.Management.Automation;
using KipuHub.Client.Quantum;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The result of finished jobs, as an object (or the JSON text with -Raw).</summary>
[Cmdlet(VerbsCommunications.Receive, "QHubJobResult", HelpUri = HelpUris.Base + "Receive-QHubJobResult.md")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class ReceiveQHubJobResultCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter] public SwitchParameter Raw { get; set; }

    protected override string ErrorNoun => "JobResult";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var result = await Quantum.Jobs.For(ServiceExecutionId).GetCompletedJobResultAsync(id, token);
        if (Raw) return result.Text;
        var parsed = PlainObjects.ToPowerShell(result.Value, "KipuHub.JobResult");
        return parsed is PSObject shown ? PlainObjects.WithNote(shown, "JobId", id) : parsed;
    });
}
