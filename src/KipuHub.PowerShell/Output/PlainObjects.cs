using System.Collections;
using System.Management.Automation;

namespace KipuHub.PowerShell.Output;

/// <summary>Between the client's plain JSON values (dictionaries, lists, primitives) and PowerShell objects.</summary>
internal static class PlainObjects
{
    /// <summary>JSON objects become PSCustomObjects with ordered properties, so results read as $r.counts.'00'.</summary>
    public static object? ToPowerShell(object? value, string? typeName = null)
    {
        switch (value)
        {
            case IDictionary<string, object?> map:
                var result = new PSObject();
                foreach (var pair in map) result.Properties.Add(new PSNoteProperty(pair.Key, ToPowerShell(pair.Value)));
                if (typeName is not null) result.TypeNames.Insert(0, typeName);
                return result;
            case IList<object?> list:
                return list.Select(item => ToPowerShell(item)).ToArray();
            default:
                return value;
        }
    }

    /// <summary>Hashtables, PSCustomObjects and arrays from a script as dictionaries, lists and primitives.</summary>
    public static object? FromPowerShell(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case PSObject { BaseObject: PSCustomObject } custom:
                var properties = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var property in custom.Properties) properties[property.Name] = FromPowerShell(property.Value);
                return properties;
            case PSObject wrapped:
                return FromPowerShell(wrapped.BaseObject);
            case string:
                return value;
            case IDictionary dictionary:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (DictionaryEntry entry in dictionary) map[entry.Key.ToString()!] = FromPowerShell(entry.Value);
                return map;
            case IEnumerable list:
                return list.Cast<object?>().Select(FromPowerShell).ToList();
            default:
                return value;
        }
    }

    /// <summary>An object with one more property, e.g. a status with the id it belongs to.</summary>
    public static PSObject WithNote(object value, string name, object? note, string? typeName = null)
    {
        var result = PSObject.AsPSObject(value);
        result.Properties.Add(new PSNoteProperty(name, note));
        if (typeName is not null) result.TypeNames.Insert(0, typeName);
        return result;
    }
}
