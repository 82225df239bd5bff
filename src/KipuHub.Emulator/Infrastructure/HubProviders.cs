namespace KipuHub.Emulator.Infrastructure;

public static class HubProviders
{
    /// <summary>The providers the Hub knows (its JobProvider and BackendHardwareProvider values); any other name is a 400,
    /// never stored.</summary>
    public static readonly IReadOnlySet<string> Known = new SortedSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "AZURE", "AWS", "IBM", "IBM_CLOUD", "DWAVE", "TSYSTEMS", "QRYD", "QUDORA", "QUANDELA", "IQM", "IONQ", "RIGETTI", "OQC",
        "QUERA", "QUANTINUUM",
    };

    /// <summary>Null when the name is a provider's; else the 400's message.</summary>
    public static string? Problem(string name) => Known.Contains(name.Trim().Replace('-', '_')) ? null
        : $"'{(name.Length > 32 ? name[..32] + "…" : name)}' is not a provider: use one of {string.Join(", ", Known)}.";
}
