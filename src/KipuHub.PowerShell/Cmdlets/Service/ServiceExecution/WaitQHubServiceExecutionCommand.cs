using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Waits until executions end (or any one with -Any), polling with backoff and showing progress, riding out outages; writes the final
/// executions whatever their state. -Timeout bounds the wait; Ctrl+C stops it at once. Executions of
/// the gateway or of the catalog, as the other execution cmdlets read them.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "QHubServiceExecution", HelpUri = HelpUris.Base + "Wait-QHubServiceExecution.md")]
[OutputType(typeof(ServiceExecution))]
public sealed class WaitQHubServiceExecutionCommand : ServiceExecutionCmdletBase
{
    readonly List<string> ids = new();

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Seconds to wait at most; the executions keep running after it.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Timeout { get; set; }

    /// <summary>Ends as soon as any one execution has ended, and writes the ones that have, as Wait-QHubJob -Any.</summary>
    [Parameter] public SwitchParameter Any { get; set; }

    [Parameter]
    [ValidateRange(0.05, 3600)]
    public double PollInterval { get; set; } = 2;

    [Parameter]
    [ValidateRange(0.05, 3600)]
    public double MaxPollInterval { get; set; } = 30;

    protected override void ProcessRecord()
    {
        foreach (var id in Id)
            if (!ids.Contains(id)) ids.Add(id);
    }

    protected override void EndProcessing()
    {
        if (ids.Count == 0) return;
        TimeSpan? timeout = Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null;
        var waiter = new ServiceExecutionWaiter(Executions, ids, TimeSpan.FromSeconds(PollInterval),
            TimeSpan.FromSeconds(Math.Max(PollInterval, MaxPollInterval)), timeout, Any);
        var progress = new ProgressRecord(3, "Waiting for service executions", "Starting");
        try
        {
            var inTime = WaitInRounds(token => waiter.PollWithinTimeoutAsync(token), round =>
            {
                progress.StatusDescription = round.ToString();
                progress.PercentComplete = 100 * round.Done / round.Total;
                WriteProgress(progress);
            }, () => waiter.IsComplete, waiter.NextDelay, timeout);
            Finish(waiter, progress);
            // Not terminating: the executions that did end are written, and reach the caller's variable.
            if (!inTime) WriteError(RecordOf(waiter.TimeoutError(), new ErrorContext("ServiceExecution"), string.Join(", ", ids)));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new ErrorContext("ServiceExecution"), string.Join(", ", ids));
        }
    }

    // Executions are written in whatever final state they reached; a FAILED one's error surfaces where its result is
    // asked for (Receive-QHubServiceExecutionResult), as for jobs.
    void Finish(ServiceExecutionWaiter waiter, ProgressRecord progress)
    {
        progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(progress);
        foreach (var execution in waiter.Executions.Values.Where(e =>
            ServiceExecutionStatus.From(e?.Status)?.IsTerminal == true)) WriteObject(execution);
    }
}
