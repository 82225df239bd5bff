namespace KipuHub.Client.Core.Http;

internal static class PathSegment
{
    /// <summary>Percent-escapes everything but unreserved characters; refuses values that are path syntax by themselves.</summary>
    public static string Escape(string? value, string name)
    {
        if (value is null || value.Trim().Length == 0)
            throw new ArgumentException($"The {name} must not be empty.", name);
        // "." and ".." stay dot-segments even when escaped (URL normalisation folds them), so no id may be one.
        if (value == "." || value == "..")
            throw new ArgumentException($"'{value}' is not a valid {name}.", name);
        return Uri.EscapeDataString(value);
    }
}
