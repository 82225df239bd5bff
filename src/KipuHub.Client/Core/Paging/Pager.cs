namespace KipuHub.Client.Core.Paging;

/// <summary>
/// Walks a paged listing lazily: a page is requested only when the consumer has used up the one before.
/// Not IAsyncEnumerable: that type comes from a polyfill on netstandard2.0 and must not cross into PowerShell.
/// </summary>
public sealed class Pager<T> : IPager
{
    readonly Func<int, int, CancellationToken, Task<PageResponse<T>>> fetchPage;
    readonly int pageSize;
    IReadOnlyList<T> current = Array.Empty<T>();
    int indexInPage = -1;
    int nextPage;
    bool more = true;
    long served;
    string? lastFingerprint;

    /// <param name="fetchPage">Fetches (page, size).</param>
    public Pager(Func<int, int, CancellationToken, Task<PageResponse<T>>> fetchPage, int pageSize, int firstPage = 0)
    {
        if (pageSize < 1) throw new ArgumentOutOfRangeException(nameof(pageSize), "The page size must be at least 1.");
        if (firstPage < 0) throw new ArgumentOutOfRangeException(nameof(firstPage), "Pages are zero-based.");
        this.fetchPage = fetchPage;
        this.pageSize = pageSize;
        nextPage = firstPage;
    }

    public T Current => indexInPage >= 0 && indexInPage < current.Count
        ? current[indexInPage]
        : throw new InvalidOperationException("Call MoveNextAsync first.");

    /// <summary>Pages fetched so far.</summary>
    public int PagesFetched { get; private set; }

    /// <summary>Whether another page may follow (a filtered page can be empty while more follow).</summary>
    public bool HasMore => more;

    /// <summary>Total reported by the last page, when the server reports one.</summary>
    public long? TotalElements { get; private set; }

    /// <summary>Why the listing ended though the server said more pages follow (a page loop of a broken or hostile server); null when
    /// it ended as the server said.</summary>
    public string? StoppedEarly { get; private set; }

    public async Task<bool> MoveNextAsync(CancellationToken cancellationToken = default)
    {
        if (indexInPage + 1 < current.Count)
        {
            indexInPage++;
            return true;
        }
        while (more)
        {
            var page = await NextPageAsync(cancellationToken).ConfigureAwait(false);
            if (page.Count > 0)
            {
                current = page;
                indexInPage = 0;
                return true;
            }
        }
        return false;
    }

    /// <summary>The next whole page (empty once the listing is exhausted).</summary>
    public async Task<IReadOnlyList<T>> NextPageAsync(CancellationToken cancellationToken = default)
    {
        if (!more) return Array.Empty<T>();
        var pageIndex = nextPage++;
        var page = await fetchPage(pageIndex, pageSize, cancellationToken).ConfigureAwait(false);
        PagesFetched++;
        TotalElements = page.TotalElements ?? TotalElements;
        served += page.ServedCount;
        more = page.HasNextPage(pageIndex, pageSize);
        var keep = true;
        var fingerprint = page.Fingerprint;
        if (more && Loop(page, pageIndex, fingerprint) is { } loop) (StoppedEarly, keep, more) = (loop.Reason, loop.Keep, false);
        lastFingerprint = fingerprint;
        current = Array.Empty<T>();
        indexInPage = -1;
        return keep ? page.Items : Array.Empty<T>();
    }

    // A server that says "more" for ever (last: false with empty pages, the same page again, past its own total) would keep -All
    // paging without end: each of these ends the listing, and says why. A page that is not the one asked for is not listed.
    (string Reason, bool Keep)? Loop(PageResponse<T> page, int pageIndex, string? fingerprint)
    {
        var stop = $"The listing stopped after page {pageIndex} though the Hub said more pages follow: ";
        if (page.ServedCount == 0) return (stop + "that page was empty.", true);
        if (page.Page is { } answered && answered != pageIndex)
            return (stop + $"it answered page {answered} when asked for page {pageIndex}.", false);
        if (fingerprint == lastFingerprint) return (stop + "it sent the same page again.", false);
        if (TotalElements is { } total && served >= total) return (stop + $"all {total} items it announced were listed.", true);
        return null;
    }

    async Task<System.Collections.IEnumerable> IPager.NextItemsAsync(CancellationToken cancellationToken) =>
        await NextPageAsync(cancellationToken).ConfigureAwait(false);
}
