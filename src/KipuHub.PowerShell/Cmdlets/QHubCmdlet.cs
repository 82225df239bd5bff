using System.Management.Automation;
using KipuHub.Client.Core.Paging;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>A cmdlet that talks to the Hub through a connection: -Connection, or the one of this runspace.</summary>
public abstract class QHubCmdlet : HubCmdletBase
{
    QHubConnection? connection;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    protected QHubConnection Hub => connection ??= Connection ?? Current();

    // Resolved here, on the pipeline thread: client work runs on the thread pool, where a first use of Hub
    // could not write its warning or its NotConnected error.
    protected override void BeginProcessing()
    {
        _ = Hub;
        base.BeginProcessing();
    }

    QHubConnection Current() => Resolve(this, null);

    /// <summary>The connection given, else this runspace's (writing a saved file's warning); a terminating NotConnected without either.</summary>
    internal static QHubConnection Resolve(PSCmdlet cmdlet, QHubConnection? given)
    {
        if (given is not null) return given;
        var current = CurrentConnection.Get(out var warning);
        if (warning is not null) cmdlet.WriteWarning(warning);
        if (current is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to the Kipu Quantum Hub. Run Connect-QHub (it reads the token from -Token, KQH_PERSONAL_ACCESS_TOKEN or the qhubctl config file), or pass -Connection."),
                "NotConnected", ErrorCategory.AuthenticationError, null));
        return current!;
    }

    /// <summary>
    /// Writes a listing page by page: -First/-Skip (SupportsPaging), -PageSize and -All over a lazy pager. Without
    /// -All or -First it writes -PageSize items (one page of an unfiltered listing). Whole pages before -Skip are
    /// not fetched, unless a filter makes pages shorter than the page size: then every page counts.
    /// </summary>
    protected void WritePages<T>(Func<int, Pager<T>> startAtPage, int pageSize, bool all, ErrorContext context, string? target, bool pagesAreFiltered = false)
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
                foreach (var item in Run(token => pager.NextPageAsync(token)))
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
}
