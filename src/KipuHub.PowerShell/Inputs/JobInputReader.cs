using KipuHub.Client.Core.Files;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.PowerShell.Inputs;

/// <summary>
/// Turns what a user passes as -Input (a typed input, a hashtable, PSCustomObject or list, a JSON string) or
/// -InputFile into a job input. Values become JSON through the one converter every body goes through.
/// </summary>
public static class JobInputReader
{
    /// <summary>-InputFile (a provider path, resolved in the cmdlet's location) when given, else -Input.</summary>
    public static JobInput FromParameters(System.Management.Automation.PSCmdlet cmdlet, string? inputFile, object? input) =>
        inputFile is not null
            ? FromFile(cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(inputFile))
            : FromValue(input, PowerShellValues.Instance);

    /// <param name="host">How the host's own values look (PowerShell's PSObject); null for plain .NET values.</param>
    public static JobInput FromValue(object? value, IHostValues? host = null)
    {
        while (value is not null && host is not null && host.TryUnwrap(value, out var inner)) value = inner;
        return value switch
        {
            null => throw new ArgumentException("The job input is empty: pass -Input or -InputFile."),
            JobInput typed => typed,
            string text => new RawJobInput(PlainValueConverter.FromJsonText(text, "-Input")),
            _ => Container(PlainValueConverter.ToPlain(value, "input", host))
                ?? throw new ArgumentException($"-Input takes a hashtable, an object, a JSON string or a KipuHub job input, not " +
                    $"{value.GetType().Name}."),
        };
    }

    // A job input is a JSON object or array; a lone number or date is no input.
    static JobInput? Container(object? plain) =>
        plain is IDictionary<string, object?> or IList<object?> ? new RawJobInput(plain) : null;

    /// <summary>
    /// A JSON file (named .json, or text that opens an object or array) is sent as its JSON, and must parse; any other
    /// text (an OpenQASM program, say) as one JSON string.
    /// </summary>
    public static JobInput FromFile(string path)
    {
        LocalFiles.RequireFile(path, "input file");
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"The input file '{path}' is empty.");
        var trimmed = text.TrimStart();
        var isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ||
            trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal);
        if (!isJson) return new RawJobInput(text);
        return Container(PlainValueConverter.FromJsonText(text, $"the input file '{path}'"))
            ?? throw new ArgumentException($"The input file '{path}' holds JSON that is not an object or an array: a job input is one.");
    }
}
