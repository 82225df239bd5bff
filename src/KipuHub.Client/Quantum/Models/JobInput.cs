using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

/// <summary>
/// The backend-specific input of create_job. On the wire the typed variants carry the target backend id
/// as "backendId" inside the input object, the discriminator of the Hub's union (as the public client sends it).
/// </summary>
public abstract class JobInput
{
    /// <summary>The JSON object (or string) sent as "input".</summary>
    internal abstract object ToWire(string backendId);

    /// <summary>The format the Hub should assume when the caller names none.</summary>
    public virtual JobInputFormat? DefaultFormat => null;

    /// <summary>Any input as JSON text, sent unchanged: for formats this client has no type for.</summary>
    public static JobInput FromJson(string json) => new RawJobInput(JsonPlainValue.Parse(json));

    protected static Dictionary<string, object?> Tagged(string backendId) =>
        new(StringComparer.Ordinal) { ["backendId"] = backendId };
}

/// <summary>Input sent exactly as given: a plain object, list or string (e.g. parsed from a file).</summary>
public sealed class RawJobInput(object? value) : JobInput
{
    public object? Value { get; } = value;

    internal override object ToWire(string backendId) =>
        Value ?? throw new ArgumentException("The job input is empty.");
}
