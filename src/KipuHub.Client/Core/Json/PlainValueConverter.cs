using System.Collections;
using System.Globalization;
using System.Security;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// The one way values from a script become a JSON body, for every API: dictionaries (order kept), property bags,
/// lists and primitives, with culture-invariant text for everything that is not a JSON primitive already: dates
/// as ISO 8601 round-trip text, GUIDs canonical, enums by name, bytes as base64. What must never be sent
/// (secrets, script blocks, cycles) is refused with the path of the offending value, before any request.
/// </summary>
public static class PlainValueConverter
{
    public const int MaxDepth = 64;

    /// <summary>Plain dictionaries, lists and primitives, as <see cref="JsonPlainValue"/> writes them.</summary>
    /// <param name="path">Where the value sits, for error messages: "input", "body", …</param>
    /// <exception cref="PlainValueException">The value, or one inside it, cannot be sent as JSON.</exception>
    public static object? ToPlain(object? value, string path, IHostValues? host = null) =>
        new Walk(host).Convert(value, path, 0);

    /// <summary>A JSON text parsed once into plain values; the same JSON goes out again.</summary>
    public static object? FromJsonText(string json, string path) =>
        JsonPlainValue.TryParse(json, out var value, out var error)
            ? value
            : throw new PlainValueException(path, $"is not valid JSON: {error}");

    sealed class Walk(IHostValues? host)
    {
        // The containers on the way down from the root: meeting one again is a cycle.
        readonly HashSet<object> onPath = new(SameObject.Instance);

        public object? Convert(object? value, string path, int depth)
        {
            while (value is not null && host is not null && host.TryUnwrap(value, out var inner)) value = inner;
            if (value is null || value is DBNull) return null;
            if (Scalar(value, path) is { } scalar) return scalar.Value;
            if (value is SecureString) throw new PlainValueException(path,
                "is a SecureString: secrets are never sent as JSON; pass the plain text only where you mean to");
            if (host?.Refusal(value) is { } refusal) throw new PlainValueException(path, refusal);
            if (depth >= MaxDepth) throw new PlainValueException(path, $"is nested deeper than {MaxDepth} levels");
            if (!onPath.Add(value)) throw new PlainValueException(path, "refers back to a value that contains it (a cycle)");
            try
            {
                if (host?.PropertiesOf(value) is { } properties) return Map(properties, path, depth);
                if (value is IDictionary dictionary) return Map(Entries(dictionary, path), path, depth);
                if (value is IEnumerable list) return List(list, path, depth);
            }
            finally
            {
                onPath.Remove(value);
            }
            throw new PlainValueException(path,
                $"is a {value.GetType().FullName}, which has no JSON form here; pass a hashtable, a PSCustomObject, an array or a JSON " +
                    $"string");
        }

        // Dictionary keeps insertion order while nothing is removed: ordered dictionaries stay in order.
        Dictionary<string, object?> Map(IEnumerable<KeyValuePair<string, object?>> entries, string path, int depth)
        {
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var entry in entries)
                map[entry.Key] = Convert(entry.Value, path + "." + entry.Key, depth + 1);
            return map;
        }

        List<object?> List(IEnumerable items, string path, int depth)
        {
            var list = new List<object?>();
            foreach (var item in items) list.Add(Convert(item, $"{path}[{list.Count}]", depth + 1));
            return list;
        }

        IEnumerable<KeyValuePair<string, object?>> Entries(IDictionary dictionary, string path)
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                var key = entry.Key;
                while (host is not null && host.TryUnwrap(key, out var inner) && inner is not null) key = inner;
                var name = key is string text ? text : Scalar(key, path)?.Value switch
                {
                    string s => s,
                    bool b => b ? "true" : "false",
                    IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
                    _ => throw new PlainValueException(path,
                        $"has a key of type {key.GetType().FullName}, which does not convert to a JSON property name"),
                };
                yield return new KeyValuePair<string, object?>(name, entry.Value);
            }
        }
    }

    sealed record Boxed(object? Value);

    // netstandard2.0 has no ReferenceEqualityComparer.
    sealed class SameObject : IEqualityComparer<object>
    {
        public static readonly SameObject Instance = new();
        public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
        public int GetHashCode(object value) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value);
    }

    /// <summary>The JSON form of a value that is no container; null when it is a container (or unknown).</summary>
    static Boxed? Scalar(object value, string path) => value switch
    {
        string or bool => new(value),
        char c => new(c.ToString()),
        int or long or short or sbyte or byte or uint or ulong or ushort or decimal => new(value),
        double d => double.IsNaN(d) || double.IsInfinity(d) ? throw new PlainValueException(path, $"is {d}, which JSON has no number for")
            : new(d),
        // A float goes out as the decimal it shows (1.1), not as the double nearest to it (1.100000023841858).
        float f => float.IsNaN(f) || float.IsInfinity(f) ? throw new PlainValueException(path, $"is {f}, which JSON has no number for") :
            new(double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)),
        DateTime date => new(date.ToString("o", CultureInfo.InvariantCulture)),
        DateTimeOffset moment => new(moment.Offset == TimeSpan.Zero
            ? moment.UtcDateTime.ToString("o", CultureInfo.InvariantCulture)
            : moment.ToString("o", CultureInfo.InvariantCulture)),
        TimeSpan span => new(span.ToString("c", CultureInfo.InvariantCulture)),
        Guid guid => new(guid.ToString("D")),
        Enum e => new(e.ToString()),
        byte[] bytes => new(System.Convert.ToBase64String(bytes)),
        Uri uri => new(uri.OriginalString),
        Version version => new(version.ToString()),
        _ => null,
    };
}

/// <summary>A value that cannot be sent as JSON; the message names where it sits (input.circuit[2].gate).</summary>
public sealed class PlainValueException(string path, string problem) : ArgumentException($"{path} {problem.TrimEnd('.')}.")
{
    public string Path { get; } = path;
}
