using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using Job = KipuHub.Client.Quantum.Models.Job;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Requests the cancellation of jobs: they go to CANCELLING, then CANCELLED.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubJob", HelpUri = HelpUris.Base + "Stop-QHubJob.md", SupportsShouldProcess = true)]
[OutputType(typeof(Job))]
public sealed class StopQHubJobCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"job {id}", "Cancel"), async (id, token) =>
    {
        var jobs = Quantum.Jobs.For(ServiceExecutionId);
        var ended = await EndedBeforeCancel.CancelAsync<Job>($"Job {id}", async () =>
            {
                await jobs.CancelJobAsync(id, token);
                return null;
            }, () => jobs.GetJobAsync(id, token), job => JobStatus.From(job.Status) is { IsTerminal: true } ? job.Status : null);
        return PassThru ? ended ?? await jobs.GetJobAsync(id, token) : null;
    });
}
