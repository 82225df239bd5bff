using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
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
        var ended = await CancelAsync(jobs, id, token);
        return PassThru ? ended ?? await jobs.GetJobAsync(id, token) : null;
    });

    // A job that ended between the listing and the cancel ("every job still going") has nothing left to cancel: a warning
    // that says how it ended, not an error that stops a runbook; the ended job, or null when the cancel was taken.
    static async Task<Job?> CancelAsync(IJobs jobs, string id, CancellationToken token)
    {
        try
        {
            await jobs.CancelJobAsync(id, token);
            return null;
        }
        catch (ConflictException)
        {
            var job = await jobs.GetJobAsync(id, token);
            if (JobStatus.From(job.Status) is not { IsTerminal: true }) throw;
            LogRouting.Write(new HubLogEntry(HubLogLevel.Warning,
                $"Job {id} had already ended ({job.Status}) when it was to be cancelled: nothing to cancel."));
            return job;
        }
    }
}
