using System.Management.Automation;
using System.Management.Automation.Runspaces;
using KipuHub.Client.Core.Json;

namespace KipuHub.PowerShell.Inputs;

/// <summary>
/// PowerShell's values as the client's JSON converter sees them: a PSObject is the value it wraps, a
/// PSCustomObject is its note properties in order, and credentials, script blocks and runspaces are refused.
/// </summary>
internal sealed class PowerShellValues : IHostValues
{
    public static readonly PowerShellValues Instance = new();

    /// <summary>Plain values for a JSON body, read from whatever a script passed.</summary>
    public static object? ToPlain(object? value, string path) => PlainValueConverter.ToPlain(value, path, Instance);

    /// <summary>A request body: a JSON string goes as the text it is, anything else as plain values.</summary>
    public static object? Body(object? value, string path) =>
        value is not null && PSObject.AsPSObject(value).BaseObject is string text ? text : ToPlain(value, path);

    public bool TryUnwrap(object value, out object? unwrapped)
    {
        unwrapped = value is PSObject { BaseObject: not PSCustomObject } wrapped ? wrapped.BaseObject : null;
        return value is PSObject { BaseObject: not PSCustomObject };
    }

    public IEnumerable<KeyValuePair<string, object?>>? PropertiesOf(object value) =>
        value is PSObject { BaseObject: PSCustomObject } bag
            ? bag.Properties.OfType<PSNoteProperty>().Select(p => new KeyValuePair<string, object?>(p.Name, p.Value)).ToList()
            : null;

    public string? Refusal(object value) => value switch
    {
        PSCredential => "is a PSCredential: credentials are never sent as JSON",
        ScriptBlock => "is a script block, which has no JSON form; run it and pass what it returns",
        System.Management.Automation.PowerShell or Runspace or RunspacePool => $"is a {value.GetType().Name}, which has no JSON form",
        _ => null,
    };
}
