using System.Management.Automation;
using KipuHub.Client.Core.Paging;

namespace KipuHub.PowerShell.Cmdlets.Common;

/// <summary>
/// -First/-Skip (SupportsPaging), -PageSize and -All over a lazy pager: objects are written page by page, and
/// without -All or -First only the first page is fetched.
/// </summary>
internal static class Paging
{
    public static void WritePages<T>(QHubCmdlet cmdlet, Func<int, Pager<T>> startAtPage, int pageSize, bool all, Func<Func<CancellationToken, Task<IReadOnlyList<T>>>, IReadOnlyList<T>> run)
    {
        var paging = cmdlet.PagingParameters;
        var limited = paging.First != ulong.MaxValue;
        var skip = paging.Skip;
        var pager = startAtPage((int)(skip / (ulong)pageSize));
        var skipInPage = (int)(skip % (ulong)pageSize);
        ulong written = 0;
        while (true)
        {
            var page = run(token => pager.NextPageAsync(token));
            foreach (var item in page.Skip(skipInPage))
            {
                if (limited && written >= paging.First) break;
                cmdlet.WriteObject(item);
                written++;
            }
            skipInPage = 0;
            var wantMore = all || (limited && written < paging.First);
            if (page.Count == 0 || !wantMore || (limited && written >= paging.First)) break;
        }
        if (paging.IncludeTotalCount)
            cmdlet.WriteObject(paging.NewTotalCount(pager.TotalElements is { } total ? (ulong)total : written, pager.TotalElements is null ? 0.0 : 1.0));
    }
}
