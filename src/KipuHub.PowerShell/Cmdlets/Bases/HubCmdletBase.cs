using System.Collections.Concurrent;
using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Core.Waiting;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// What every KipuHub cmdlet shares: Ctrl+C as a cancellation token for every HTTP call, client work run off the
/// pipeline thread while log lines, progress and errors are written on it, client exceptions turned into
/// ErrorRecords.
/// </summary>
public abstract partial class HubCmdletBase : PSCmdlet, IDisposable
{
    readonly CancellationTokenSource cancellation = new();
    readonly ConcurrentQueue<HubLogEntry> log = new();

    protected CancellationToken Cancellation => cancellation.Token;

    /// <summary>The Hub noun errors are named after (JobNotFound, SessionNotFound, …).</summary>
    protected virtual string ErrorNoun => "Request";

    protected override void StopProcessing() => cancellation.Cancel();

    /// <summary>Runs client work on the thread pool and waits on the pipeline thread, writing its log lines meanwhile.</summary>
    protected T Run<T>(Func<CancellationToken, Task<T>> work)
    {
        var token = cancellation.Token;
        void Sink(HubLogEntry entry) => log.Enqueue(entry);
        var task = Task.Run(() =>
        {
            LogRouting.Listen(Sink);
            return work(token);
        });
        while (!((IAsyncResult)task).AsyncWaitHandle.WaitOne(50)) Pump();
        Pump();
        try
        {
            return task.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    protected void Run(Func<CancellationToken, Task> work) => Run(async token =>
    {
        await work(token).ConfigureAwait(false);
        return true;
    });

    /// <summary>
    /// Polls in rounds until done: each round runs off the pipeline thread, its report is written on it, and the
    /// pause between rounds ends at once on Ctrl+C. An outage (the Hub unreachable or failing for a while) is ridden
    /// out with one warning, polling on until the wait's own timeout, if it has one. False when a round says the timeout came
    /// first (null).
    /// </summary>
    /// <param name="timeout">The wait's own timeout, which the outage warning names; null when it has none.</param>
    protected bool WaitInRounds<T>(Func<CancellationToken, Task<T?>> round, Action<T> report, Func<bool> isComplete,
        Func<TimeSpan> nextDelay, TimeSpan? timeout) where T : class
    {
        Exception? outage = null;
        while (true)
        {
            T? result;
            try
            {
                result = Run(round);
            }
            catch (Exception e) when (Outages.ArePassing(e))
            {
                if (outage is null) WriteWarning(Outages.Warning(e, timeout));
                outage = e;
                if (cancellation.Token.WaitHandle.WaitOne(nextDelay())) throw new PipelineStoppedException();
                continue;
            }
            if (outage is not null) WriteVerbose("The Hub answers again.");
            outage = null;
            if (result is null) return false;
            report(result);
            if (isComplete()) return true;
            if (cancellation.Token.WaitHandle.WaitOne(nextDelay())) throw new PipelineStoppedException();
        }
    }

    /// <summary>Called on the pipeline thread while client work is in flight (e.g. to write progress).</summary>
    protected virtual void OnPump() { }

    // -Debug on a compiled cmdlet means Inquire to PowerShell: each debug and verbose line would stop to ask "Continue
    // with this operation?", and fail where nobody can answer (-NonInteractive, a runbook). KipuHub's lines are a trace
    // of HTTP calls, never a breakpoint: with -Debug they are written as with the preferences at Continue.
    protected sealed override void BeginProcessing()
    {
        DebugRuntime.ContinueInsteadOfInquire(CommandRuntime, GetVariableValue("WarningPreference") as ActionPreference?);
        Begin();
    }

    /// <summary>BeginProcessing, after the -Debug preferences are settled.</summary>
    protected virtual void Begin() { }

    void Pump()
    {
        while (log.TryDequeue(out var entry))
        {
            if (entry.Level == HubLogLevel.Verbose) WriteVerbose(entry.Message);
            else if (entry.Level == HubLogLevel.Warning) WriteWarning(entry.Message);
            else WriteDebug(entry.Message);
        }
        ShowTransfer();
        OnPump();
    }

    public void Dispose()
    {
        cancellation.Dispose();
        GC.SuppressFinalize(this);
    }
}
