using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Core.Paging;

internal static class PageQuery
{
    /// <summary>Zero-based page, size, and Spring-style sort ("created_at,desc"), repeated per field.</summary>
    public static HubRequest Apply(HubRequest request, int? page, int? size, IEnumerable<string>? sort)
    {
        if (page is < 0) throw new ArgumentOutOfRangeException(nameof(page), "Pages are zero-based: the first page is 0.");
        if (size is < 1) throw new ArgumentOutOfRangeException(nameof(size), "The page size must be at least 1.");
        request.WithQuery("page", page).WithQuery("size", size);
        foreach (var order in sort ?? Array.Empty<string>())
            request.WithQuery("sort", SortOrder.Validate(order));
        return request;
    }
}

internal static class SortOrder
{
    public static string Validate(string order)
    {
        var parts = (order ?? "").Split(',');
        var valid = parts.Length is 1 or 2 && parts[0].Trim().Length > 0
            && (parts.Length == 1 || parts[1].Trim().Equals("asc", StringComparison.OrdinalIgnoreCase) ||
                parts[1].Trim().Equals("desc", StringComparison.OrdinalIgnoreCase));
        if (!valid)
            throw new ArgumentException($"'{order}' is not a sort order: use 'field' or 'field,asc' or 'field,desc' (e.g. " +
                $"'created_at,desc').", nameof(order));
        return order!.Replace(" ", "");
    }
}
