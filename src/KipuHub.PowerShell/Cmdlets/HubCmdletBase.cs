using System.Collections.Concurrent;
using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Paging;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// What every KipuHub cmdlet shares: Ctrl+C as a cancellation token for every HTTP call, client work run off the
/// pipeline thread while log lines, progress and errors are written on it, client exceptions turned into
/// ErrorRecords.
/// </summary>
public abstract class HubCmdletBase : PSCmdlet, IDisposable
{
    readonly CancellationTokenSource cancellation = new();
    readonly ConcurrentQueue<HubLogEntry> log = new();

    protected CancellationToken Cancellation => cancellation.Token;

    /// <summary>The Hub noun errors are named after (JobNotFound, SessionNotFound, …).</summary>
    protected virtual string ErrorNoun => "Request";

    /// <summary>How many targets this call addresses; a failure on the only target of a direct call is terminating.</summary>
    protected virtual int TargetCount => 1;

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
    /// pause between rounds ends at once on Ctrl+C. False when a round says the timeout came first (null).
    /// </summary>
    protected bool WaitInRounds<T>(Func<CancellationToken, Task<T?>> round, Action<T> report, Func<bool> isComplete, Func<TimeSpan> nextDelay) where T : class
    {
        while (true)
        {
            if (Run(round) is not { } result) return false;
            report(result);
            if (isComplete()) return true;
            if (cancellation.Token.WaitHandle.WaitOne(nextDelay())) throw new PipelineStoppedException();
        }
    }

    /// <summary>Called on the pipeline thread while client work is in flight (e.g. to write progress).</summary>
    protected virtual void OnPump() { }

    void Pump()
    {
        while (log.TryDequeue(out var entry))
        {
            if (entry.Level == HubLogLevel.Verbose) WriteVerbose(entry.Message);
            else WriteDebug(entry.Message);
        }
        OnPump();
    }

    /// <summary>
    /// Runs work for one target and writes what it returns; a failure becomes an ErrorRecord naming the target,
    /// terminating for auth failures and for the only target of a direct call, non-terminating in a pipeline.
    /// </summary>
    protected void ForTarget(string? target, Func<CancellationToken, Task<object?>> work, bool creates = false, bool inSession = false)
    {
        object? result;
        try
        {
            result = Run(work);
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, new ErrorContext(ErrorNoun, creates, inSession), target);
            return;
        }
        if (result is not null) WriteObject(result, enumerateCollection: true);
    }

    /// <summary>Each id is its own target: confirmed (ShouldProcess) and run alone, a failure naming it and the others going on.</summary>
    protected void ForEachId(IEnumerable<string> ids, Func<string, bool> confirm, Func<string, CancellationToken, Task<object?>> work)
    {
        foreach (var id in ids)
        {
            if (!confirm(id)) continue;
            ForTarget(id, token => work(id, token));
        }
    }

    protected void Fail(Exception error, ErrorContext context, string? target, object? targetObject = null)
    {
        var classified = ErrorClassifier.Classify(error, context, target);
        var record = new ErrorRecord(error, classified.ErrorId, (ErrorCategory)Enum.Parse(typeof(ErrorCategory), classified.Kind.ToString()), targetObject ?? target)
        {
            ErrorDetails = new ErrorDetails(classified.Message),
        };
        if (classified.AlwaysTerminating || (!MyInvocation.ExpectingInput && TargetCount <= 1))
            ThrowTerminatingError(record);
        WriteError(record);
    }

    /// <summary>ShouldProcess, except that -Force skips the confirmation prompt (never -WhatIf).</summary>
    protected bool ShouldProcess(string target, string action, bool force) =>
        (force && !MyInvocation.BoundParameters.ContainsKey("WhatIf")) || ShouldProcess(target, action);

    /// <summary>
    /// Writes a listing page by page: -First/-Skip (SupportsPaging), -PageSize and -All over a lazy pager. Without
    /// -All or -First it writes -PageSize items (one page of an unfiltered listing). Whole pages before -Skip are
    /// not fetched, unless a filter makes pages shorter than the page size: then every page counts.
    /// </summary>
    protected void WritePages(Func<int, IPager> startAtPage, int pageSize, bool all, ErrorContext context, string? target, bool pagesAreFiltered = false)
    {
        try
        {
            var paging = PagingParameters;
            var limit = paging.First != ulong.MaxValue ? paging.First : all ? ulong.MaxValue : (ulong)pageSize;
            var pager = startAtPage(pagesAreFiltered ? 0 : (int)(paging.Skip / (ulong)pageSize));
            var toSkip = pagesAreFiltered ? paging.Skip : paging.Skip % (ulong)pageSize;
            ulong written = 0;
            while (written < limit && pager.HasMore)
            {
                foreach (var item in Run(token => pager.NextItemsAsync(token)))
                {
                    if (toSkip > 0) { toSkip--; continue; }
                    if (written >= limit) break;
                    WriteObject(item);
                    written++;
                }
            }
            if (paging.IncludeTotalCount)
            {
                var total = pagesAreFiltered ? null : pager.TotalElements;
                WriteObject(paging.NewTotalCount(total is { } known ? (ulong)known : written, total is null ? 0.0 : 1.0));
            }
        }
        catch (Exception e) when (e is not PipelineStoppedException and not PipelineClosedException)
        {
            Fail(e, context, target);
        }
    }

    /// <summary>The file a path names, resolved on the pipeline thread; a missing one is a terminating FileNotFound.</summary>
    protected string ExistingFile(string path)
    {
        var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        if (!File.Exists(full)) ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"The file '{full}' does not exist.", full), "FileNotFound", ErrorCategory.ObjectNotFound, full));
        return full;
    }

    public void Dispose()
    {
        cancellation.Dispose();
        GC.SuppressFinalize(this);
    }
}
