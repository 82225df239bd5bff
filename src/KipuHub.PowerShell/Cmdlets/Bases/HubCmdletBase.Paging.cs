using System.Management.Automation;
using KipuHub.Client.Core.Paging;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

// Listings written page by page, as they arrive.
public abstract partial class HubCmdletBase
{
    /// <summary>
    /// Writes a listing page by page: -First/-Skip (SupportsPaging), -PageSize and -All over a lazy pager. Without
    /// -All or -First it writes -PageSize items (one page of an unfiltered listing). Whole pages before -Skip are
    /// not fetched, unless a filter makes pages shorter than the page size: then every page counts.
    /// </summary>
    protected void WritePages(Func<int, IPager> startAtPage, int pageSize, bool all, ErrorContext context, string? target,
        bool pagesAreFiltered = false)
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
            if (pager.StoppedEarly is { } why) WriteWarning(why);
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
