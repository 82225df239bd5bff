using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The status of jobs: cheaper to poll than Get-QHubJob.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobStatus", HelpUri = HelpUris.Base + "Get-QHubJobStatus.md")]
[OutputType(typeof(JobStatusResponse))]
public sealed class GetQHubJobStatusCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        PlainObjects.WithNote(await Quantum.Jobs.For(ServiceExecutionId).GetJobStatusAsync(id, token), "JobId", id));
}
