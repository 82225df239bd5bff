using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Client.Quantum;

/// <summary>
/// Which jobs a listing keeps, where the Hub's search has no such filter: those carrying any of the tags, made since a time.
/// The listing is read newest first, so that Since ends it at the first older job instead of reading every page.
/// </summary>
public sealed class JobFilter
{
    public static readonly string[] NewestFirst = { "created_at,desc" };

    /// <summary>A job is kept when it carries any of these; null or empty: any job.</summary>
    public IReadOnlyCollection<string>? Tags { get; init; }

    /// <summary>Only jobs made at or after this time.</summary>
    public DateTimeOffset? Since { get; init; }

    public bool Keeps(Job job) =>
        (Tags is not { Count: > 0 } || job.Tags?.Any(Tags.Contains) == true) && !(job.CreatedAt < Since);

    internal PageResponse<Job> Apply(PageResponse<Job> page, int pageIndex, int size)
    {
        var filtered = page.Filter(pageIndex, size, job => Keeps(job) ? job : null);
        if (Since is { } since && page.Items.Any(job => job.CreatedAt < since)) filtered.Last = true;
        return filtered;
    }
}
