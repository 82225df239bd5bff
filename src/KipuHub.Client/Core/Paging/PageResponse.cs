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

    /// <summary>Whether a page follows <paramref name="pageIndex"/>, by whatever the server told.</summary>
    public bool HasNextPage(int pageIndex, int requestedSize)
    {
        if (Last is { } last) return !last;
        if (TotalPages is { } totalPages) return pageIndex + 1 < totalPages;
        return Items.Count > 0 && Items.Count >= requestedSize;
    }
}
