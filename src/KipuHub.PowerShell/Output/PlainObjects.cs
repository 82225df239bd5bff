using System.Management.Automation;

namespace KipuHub.PowerShell.Output;

/// <summary>From the client's plain JSON values (dictionaries, lists, primitives) to PowerShell objects.</summary>
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

    /// <summary>An object with one more property, e.g. a status with the id it belongs to.</summary>
    public static PSObject WithNote(object value, string name, object? note, string? typeName = null)
    {
        var result = PSObject.AsPSObject(value);
        result.Properties.Add(new PSNoteProperty(name, note));
        if (typeName is not null) result.TypeNames.Insert(0, typeName);
        return result;
    }
}
