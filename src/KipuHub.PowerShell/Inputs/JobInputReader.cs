using System.Collections;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.PowerShell.Inputs;

/// <summary>
/// Turns what a user passes as -Input (a typed input, a hashtable or other dictionary, a JSON string) or
/// -InputFile into a job input. PowerShell objects are unwrapped to plain values by the cmdlet first.
/// </summary>
public static class JobInputReader
{
    public static JobInput FromValue(object? value) => value switch
    {
        null => throw new ArgumentException("The job input is empty: pass -Input or -InputFile."),
        JobInput typed => typed,
        string text => FromJsonText(text, "-Input"),
        IDictionary dictionary => new RawJobInput(ToPlain(dictionary)),
        IEnumerable list => new RawJobInput(ToPlain(list)),
        _ => throw new ArgumentException($"-Input takes a hashtable, an object, a JSON string or a KipuHub job input, not {value.GetType().Name}."),
    };

    /// <summary>A JSON file is sent as its JSON; any other text (an OpenQASM program, say) as one JSON string.</summary>
    public static JobInput FromFile(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The input file '{path}' does not exist.", path);
        var text = File.ReadAllText(path);
        if (string.IsNullOrWhiteSpace(text)) throw new ArgumentException($"The input file '{path}' is empty.");
        var trimmed = text.TrimStart();
        return trimmed.StartsWith("{", StringComparison.Ordinal) || trimmed.StartsWith("[", StringComparison.Ordinal)
            ? FromJsonText(text, $"the input file '{path}'")
            : new RawJobInput(text);
    }

    static JobInput FromJsonText(string text, string where) =>
        JsonPlainValue.TryParse(text, out var value, out var error)
            ? new RawJobInput(value)
            : throw new ArgumentException($"{where} is not valid JSON: {error}");

    /// <summary>Dictionaries with string keys, lists and primitives, as the JSON writer expects.</summary>
    public static object? ToPlain(object? value) => value switch
    {
        null => null,
        string or bool or int or long or double or float or decimal or short or byte => value,
        DateTime or DateTimeOffset or Guid => value.ToString(),
        IDictionary dictionary => dictionary.Keys.Cast<object>().ToDictionary(k => k.ToString()!, k => ToPlain(dictionary[k]), StringComparer.Ordinal),
        IEnumerable list => list.Cast<object?>().Select(ToPlain).ToList(),
        Enum e => e.ToString(),
        _ => value.ToString(),
    };
}
