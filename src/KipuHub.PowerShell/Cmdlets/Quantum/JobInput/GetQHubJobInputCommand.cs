using System.Management.Automation;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The input of jobs exactly as submitted.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobInput", HelpUri = HelpUris.Base + "Get-QHubJobInput.md")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class GetQHubJobInputCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    /// <summary>The JSON text instead of an object.</summary>
    [Parameter] public SwitchParameter Raw { get; set; }

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var input = await Quantum.Jobs.For(ServiceExecutionId).GetJobInputAsync(id, token);
        return Raw ? input.Text : PlainObjects.ToPowerShell(input.Value, "KipuHub.JobInput");
    });
}
