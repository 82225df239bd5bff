using System.Management.Automation;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;
using KipuHub.PowerShell.Output;
using Job = KipuHub.Client.Quantum.Models.Job;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>
/// Waits until jobs are done (or any one with -Any), polling with backoff and showing progress, riding out outages;
/// writes the final jobs whatever their state. Ctrl+C stops at once.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "QHubJob", HelpUri = HelpUris.Base + "Wait-QHubJob.md")]
[OutputType(typeof(Job))]
public sealed class WaitQHubJobCommand : QuantumCmdletBase
{
    readonly List<string> ids = new();

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("JobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    /// <summary>Return when the first job is done.</summary>
    [Parameter] public SwitchParameter Any { get; set; }

    /// <summary>Seconds to wait at most; the jobs keep running after it.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Timeout { get; set; }

    /// <summary>Seconds between the first polls; the interval grows up to -MaxPollInterval.</summary>
    [Parameter]
    [ValidateRange(0.05, 3600)]
    public double PollInterval { get; set; } = 2;

    [Parameter]
    [ValidateRange(0.05, 3600)]
    public double MaxPollInterval { get; set; } = 30;

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord()
    {
        foreach (var id in Id)
            if (!ids.Contains(id)) ids.Add(id);
    }

    protected override void EndProcessing()
    {
        if (ids.Count == 0) return;
        var options = new JobWaitOptions
        {
            PollInterval = TimeSpan.FromSeconds(PollInterval),
            MaxPollInterval = TimeSpan.FromSeconds(Math.Max(PollInterval, MaxPollInterval)),
            Any = Any,
            ServiceExecutionId = ServiceExecutionId,
            Timeout = Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
        };
        var waiter = new JobWaiter(Quantum.Jobs, ids, options);
        var progress = new ProgressRecord(1, "Waiting for Kipu Quantum Hub jobs", "Starting");
        try
        {
            var inTime = WaitInRounds(token => waiter.PollWithinTimeoutAsync(token), round =>
            {
                WriteVerbose($"Polling round {round.Round}: {Counted.Of(round.RequestsThisRound, "request")}; {round}.");
                progress.StatusDescription = round.ToString();
                progress.PercentComplete = round.Total == 0 ? 100 : 100 * round.Done / round.Total;
                WriteProgress(progress);
            }, () => waiter.IsComplete, waiter.NextDelay, options.Timeout);
            Finish(waiter, progress);
            // Not terminating: the jobs that did end are written, and reach the caller's variable.
            if (!inTime) WriteError(RecordOf(waiter.TimeoutError(), new ErrorContext("Job"), string.Join(", ", ids)));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new ErrorContext("Job"), string.Join(", ", ids));
        }
    }

    // Jobs are written in whatever final state they reached, as Wait-Job writes them: a FAILED job's error surfaces
    // where its result is asked for (Receive-QHubJobResult), so that one failure does not cost the others.
    void Finish(JobWaiter waiter, ProgressRecord progress)
    {
        progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(progress);
        foreach (var job in Run(token => waiter.GetTerminalJobsAsync(token))) WriteObject(job);
    }
}
