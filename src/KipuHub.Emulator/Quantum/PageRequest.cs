using System.Globalization;

namespace KipuHub.Emulator.Quantum;

/// <summary>Zero-based page, size and Spring-style sort ("field,asc|desc", repeatable) from the query string.</summary>
public sealed record PageRequest(int Page, int Size, IReadOnlyList<(string Field, bool Descending)> Sort)
{
    public const int DefaultSize = 20;
    public const int MaxSize = 1000;

    /// <summary>The query parameters a paged listing reads, for its OpenAPI description.</summary>
    public static readonly string[] QueryNames = { "page", "size", "sort" };

    /// <summary>Null with an error message when the query is invalid.</summary>
    public static PageRequest? Parse(IQueryCollection query, IReadOnlyCollection<string> sortable, out string? error)
    {
        error = null;
        var page = 0;
        var size = DefaultSize;
        if (query.TryGetValue("page", out var p) && (!int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out page) ||
            page < 0))
            error = $"page must be a non-negative integer (pages are zero-based), got '{p}'.";
        if (query.TryGetValue("size", out var s) && (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out size) ||
            size < 1 || size > MaxSize))
            error = $"size must be between 1 and {MaxSize}, got '{s}'.";
        var sort = new List<(string, bool)>();
        foreach (var value in query["sort"])
        {
            var parts = (value ?? "").Split(',');
            var field = Normalize(parts[0]);
            var direction = parts.Length > 1 ? parts[1].Trim().ToLowerInvariant() : "asc";
            if (parts.Length > 2 || !sortable.Contains(field) || direction is not ("asc" or "desc"))
            {
                error = $"Cannot sort by '{value}': use field,asc|desc with one of {string.Join(", ", sortable)}.";
                break;
            }
            sort.Add((field, direction == "desc"));
        }
        return error is null ? new PageRequest(page, size, sort) : null;
    }

    /// <summary>How many items come before the page, in checked arithmetic: a page far past the end is empty, never the first.
    /// </summary>
    public int Offset => (int)Math.Min((long)Page * Size, int.MaxValue);

    /// <summary>createdAt and created_at name the same field.</summary>
    public static string Normalize(string field)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in field.Trim())
        {
            if (char.IsUpper(c)) builder.Append('_').Append(char.ToLowerInvariant(c));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    public PageWire<T> Apply<T>(IEnumerable<T> items, Func<T, string, IComparable?> key, string defaultField, bool defaultDescending)
    {
        var orders = Sort.Count > 0 ? Sort : new[] { (defaultField, defaultDescending) };
        IOrderedEnumerable<T>? ordered = null;
        foreach (var (field, descending) in orders)
        {
            Func<T, IComparable?> selector = item => key(item, field);
            ordered = ordered is null
                ? descending ? items.OrderByDescending(selector) : items.OrderBy(selector)
                : descending ? ordered.ThenByDescending(selector) : ordered.ThenBy(selector);
        }
        var all = ordered!.ToList();
        var total = all.Count;
        var content = all.Skip(Offset).Take(Size).ToList();
        return new PageWire<T>(content, Page, Size, total, (total + Size - 1) / Size);
    }
}
