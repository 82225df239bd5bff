namespace KipuHub.Client.Core.Json;

/// <summary>
/// How a host's own value types look to <see cref="PlainValueConverter"/>: PowerShell wraps values in PSObject and
/// builds property bags (PSCustomObject) that this library, which knows nothing of PowerShell, cannot read itself.
/// </summary>
public interface IHostValues
{
    /// <summary>The value inside a wrapper (a PSObject's base object); false when the value is no wrapper.</summary>
    bool TryUnwrap(object value, out object? unwrapped);

    /// <summary>The properties of a property bag in their order; null when the value is no property bag.</summary>
    IEnumerable<KeyValuePair<string, object?>>? PropertiesOf(object value);

    /// <summary>Why a host value must never be sent (a credential, a script block, a runspace); null when it may.</summary>
    string? Refusal(object value);
}
