using System.Text.Json.Serialization;

namespace KipuHub.Client.Core.Paging;

/// <summary>The Hub's paging wrapper (PageResponseJob, PageResponseWorkloadResponse, …). Pages are zero-based.</summary>
public sealed class PageResponse<T>
{
    [JsonPropertyName("content")] public List<T>? Content { get; set; }
    [JsonPropertyName("page")] public int? Page { get; set; }
    [JsonPropertyName("size")] public int? Size { get; set; }
    [JsonPropertyName("total_elements")] public long? TotalElements { get; set; }
    [JsonPropertyName("total_pages")] public int? TotalPages { get; set; }
    /// <summary>Sent by some Hub versions beside the documented fields.</summary>
    [JsonPropertyName("last")] public bool? Last { get; set; }

    public IReadOnlyList<T> Items => Content ?? (IReadOnlyList<T>)Array.Empty<T>();

    /// <summary>How many items the server sent, before a filter kept some of them.</summary>
    [JsonIgnore] public int ServedCount { get => servedCount ?? Items.Count; private set => servedCount = value; }

    /// <summary>What tells this page from the one before, when the server sends the same page again: its first and last
    /// item.</summary>
    [JsonIgnore]
    public string? Fingerprint { get => fingerprint ?? Json.HubJson.Serialize(Ends(Items)); private set => fingerprint = value; }

    int? servedCount;
    string? fingerprint;

    static object[] Ends(IReadOnlyList<T> items) =>
        items.Count == 0 ? Array.Empty<object>() : new object[] { items[0]!, items[items.Count - 1]! };

    /// <summary>Whether a page follows <paramref name="pageIndex"/>, by whatever the server told.</summary>
    public bool HasNextPage(int pageIndex, int requestedSize)
    {
        if (Last is { } last) return !last;
        if (TotalPages is { } totalPages) return pageIndex + 1 < totalPages;
        return Items.Count > 0 && Items.Count >= requestedSize;
    }

    /// <summary>
    /// The same page with only some of its items, converted: a filtered page is shorter than the page size, so
    /// whether a page follows is decided here, from the whole page.
    /// </summary>
    public PageResponse<TOut> Filter<TOut>(int pageIndex, int requestedSize, Func<T, TOut?> convert) where TOut : class => new()
    {
        Content = Items.Select(convert).Where(item => item is not null).Select(item => item!).ToList(),
        Page = Page,
        Size = Size,
        TotalPages = TotalPages,
        TotalElements = TotalElements,
        Last = !HasNextPage(pageIndex, requestedSize),
        ServedCount = ServedCount,
        Fingerprint = Fingerprint,
    };
}
