using System.Globalization;

namespace KipuHub.PowerShell.Output;

/// <summary>A count with its noun in the right number: "1 request", "3 requests".</summary>
internal static class Counted
{
    public static string Of(long count, string noun) =>
        count.ToString("N0", CultureInfo.CurrentCulture) + " " + (count == 1 ? noun : noun + "s");
}
