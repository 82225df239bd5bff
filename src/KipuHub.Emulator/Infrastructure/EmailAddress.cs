namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// An address the Hub would send an invitation to: one @, a local part and a dotted domain, no spaces, 254 characters
/// at most (RFC 5321). Checked in one pass: a pattern with nested repeats backtracks for seconds on a crafted address.
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool IsValid(string? text)
    {
        if (text is null || text.Length > MaxLength || text.Any(char.IsWhiteSpace)) return false;
        var at = text.IndexOf('@');
        if (at < 1 || at != text.LastIndexOf('@')) return false;
        var domain = text[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        return dot > 0 && dot < domain.Length - 1 && !domain.StartsWith('.');
    }
}
