using System.Globalization;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>Sizes as people write them: 1073741824, 512MiB, 4GiB (KB, MB and GB read as their binary kin, as disks show them).</summary>
public static class ByteSize
{
    static readonly (string Suffix, long Factor)[] Units =
    {
        ("TiB", 1L << 40), ("GiB", 1L << 30), ("MiB", 1L << 20), ("KiB", 1L << 10),
        ("TB", 1L << 40), ("GB", 1L << 30), ("MB", 1L << 20), ("KB", 1L << 10), ("T", 1L << 40), ("G", 1L << 30), ("M", 1L << 20),
        ("K", 1L << 10), ("B", 1),
    };

    public static long Parse(string text)
    {
        var trimmed = text.Trim();
        var (suffix, factor) = Units.FirstOrDefault(u => trimmed.EndsWith(u.Suffix, StringComparison.OrdinalIgnoreCase), ("", 1));
        var number = trimmed[..^suffix.Length].Trim();
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0 ||
            value * factor > long.MaxValue)
            throw new ArgumentException($"'{text}' is not a size: give bytes, or a number with KiB, MiB, GiB or TiB (such as 4GiB).");
        return (long)Math.Ceiling(value * factor);
    }

    /// <summary>The size in the largest unit it fills, as Parse reads it back: "4GiB", "1.5MiB", "700B".</summary>
    public static string Text(long bytes)
    {
        foreach (var (suffix, factor) in Units.Take(4))
            if (bytes >= factor) return (bytes / (decimal)factor).ToString("0.##", CultureInfo.InvariantCulture) + suffix;
        return bytes.ToString(CultureInfo.InvariantCulture) + "B";
    }
}
