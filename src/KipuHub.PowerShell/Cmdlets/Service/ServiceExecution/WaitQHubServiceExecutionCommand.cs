using System.Management.Automation;
using KipuHub.Client.Service;
using KipuHub.Client.Service.Models;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.Service;

/// <summary>
/// Waits until executions end, polling with backoff and showing progress; writes the final executions, and a
/// non-terminating error for each that FAILED. -Timeout bounds the wait; Ctrl+C stops it at once. Executions of
/// the gateway or of the catalog, as the other execution cmdlets read them.
/// </summary>
[Cmdlet(VerbsLifecycle.Wait, "QHubServiceExecution")]
[OutputType(typeof(ServiceExecution))]
public sealed class WaitQHubServiceExecutionCommand : ServiceExecutionCmdletBase
{
    readonly List<string> ids = new();

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ExecutionId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Seconds to wait at most; the executions keep running after it.</summary>
    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int? Timeout { get; set; }

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
        var waiter = new ServiceExecutionWaiter(Executions, ids, TimeSpan.FromSeconds(PollInterval),
            TimeSpan.FromSeconds(Math.Max(PollInterval, MaxPollInterval)),
            Timeout is { } seconds ? TimeSpan.FromSeconds(seconds) : null);
        var progress = new ProgressRecord(3, "Waiting for service executions", "Starting");
        try
        {
            var inTime = WaitInRounds(token => waiter.PollWithinTimeoutAsync(token), round =>
            {
                progress.StatusDescription = round.ToString();
                progress.PercentComplete = 100 * round.Done / round.Total;
                WriteProgress(progress);
            }, () => waiter.IsComplete, waiter.NextDelay);
            Finish(waiter, progress);
            if (!inTime) Fail(waiter.TimeoutError(), new ErrorContext("ServiceExecution"), string.Join(", ", ids));
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new ErrorContext("ServiceExecution"), string.Join(", ", ids));
        }
    }

    void Finish(ServiceExecutionWaiter waiter, ProgressRecord progress)
    {
        progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(progress);
        foreach (var execution in waiter.Executions.Values.Where(e => e?.Status?.IsTerminal == true))
        {
            WriteObject(execution);
            if (execution!.Status == ServiceExecutionStatus.Failed)
                WriteError(new ErrorRecord(
                    new InvalidOperationException($"Service execution {execution.Id} FAILED. Its log says why " +
                        $"(Get-QHubServiceExecutionLog -Id {execution.Id})."),
                    "ServiceExecutionFailed", ErrorCategory.InvalidResult, execution));
        }
    }
}
