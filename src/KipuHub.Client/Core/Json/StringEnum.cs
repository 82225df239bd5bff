using System.Reflection;

namespace KipuHub.Client.Core.Json;

/// <summary>
/// An open enumeration: the Hub's enums grow without notice, so a value the client does not know
/// keeps its raw string instead of failing deserialization. Equality ignores case.
/// </summary>
public abstract class StringEnum<TSelf> : IEquatable<TSelf> where TSelf : StringEnum<TSelf>
{
    static IReadOnlyList<TSelf>? known;

    protected StringEnum(string value)
    {
        Value = value ?? throw new ArgumentNullException(nameof(value));
    }

    public string Value { get; }

    /// <summary>Every value this version of the client knows (the public static fields of the type).</summary>
    public static IReadOnlyList<TSelf> KnownValues => known ??= typeof(TSelf)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(TSelf))
        .Select(f => (TSelf)f.GetValue(null)!)
        .ToList();

    /// <summary>The known value of this text, or a new one that keeps it; null for null.</summary>
    public static TSelf? From(string? value) => value is null
        ? null
        : KnownValues.FirstOrDefault(known => known.Equals(value)) ?? (TSelf)Activator.CreateInstance(typeof(TSelf), value)!;

    public bool IsKnown => KnownValues.Any(v => v.Equals(this));

    public bool Equals(TSelf? other) => other is not null && string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj switch
    {
        TSelf other => Equals(other),
        string text => string.Equals(Value, text, StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public override string ToString() => Value;

    public static bool operator ==(StringEnum<TSelf>? left, StringEnum<TSelf>? right) =>
        left is null ? right is null : right is not null && string.Equals(left.Value, right.Value, StringComparison.OrdinalIgnoreCase);

    public static bool operator !=(StringEnum<TSelf>? left, StringEnum<TSelf>? right) => !(left == right);

    // Models carry these values as plain strings (so ConvertTo-Json and Export-Csv write text); comparing one
    // with a known value keeps the case-insensitive equality of the type.
    public static bool operator ==(string? left, StringEnum<TSelf>? right) =>
        left is null ? right is null : right is not null && string.Equals(left, right.Value, StringComparison.OrdinalIgnoreCase);

    public static bool operator !=(string? left, StringEnum<TSelf>? right) => !(left == right);

    public static bool operator ==(StringEnum<TSelf>? left, string? right) => right == left;

    public static bool operator !=(StringEnum<TSelf>? left, string? right) => !(right == left);

    public static implicit operator string?(StringEnum<TSelf>? value) => value?.Value;
}
