namespace KipuHub.Tests.Unit.Support;

/// <summary>A fact about Unix file modes: skipped, and said so, on Windows, never passed there.</summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file modes do not exist on Windows (DPAPI protects the token there).";
    }
}

/// <summary>A theory about Unix file modes: skipped on Windows, as <see cref="UnixFactAttribute"/>.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix file modes do not exist on Windows (DPAPI protects the token there).";
    }
}
