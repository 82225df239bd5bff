namespace KipuHub.Client.Quantum.Models;

// The reference names eight input types. AzureIonqJobInput and AwsQasm3JobInput are seen in a public
// client with their fields; for the others only the type names are public, so their field names below
// are inferred (a correction is a one-line change here). RawJobInput sends anything as given.

/// <summary>IonQ QIS circuit (gateset "qis"), e.g. for azure.ionq.simulator and the AWS IonQ devices.</summary>
public sealed class AzureIonqJobInput : JobInput
{
    public List<IonqGate> Circuit { get; set; } = new();
    public int Qubits { get; set; }
    public string Gateset { get; set; } = "qis";
    public Dictionary<string, List<int>>? Registers { get; set; }

    public override JobInputFormat? DefaultFormat => JobInputFormat.IonqCircuitV1;

    internal override object ToWire(string backendId)
    {
        var wire = Tagged(backendId);
        wire["circuit"] = Circuit.Select(g => g.ToWire()).ToList();
        wire["gateset"] = Gateset;
        wire["qubits"] = Qubits;
        if (Registers is not null) wire["registers"] = Registers;
        return wire;
    }
}

/// <summary>One gate of an IonQ QIS circuit. Rotation (radians) applies to rx, ry, rz and pauliExp.</summary>
public sealed class IonqGate
{
    public string Type { get; set; } = "h";
    public List<int> Targets { get; set; } = new();
    public List<int>? Controls { get; set; }
    public double? Rotation { get; set; }

    internal Dictionary<string, object?> ToWire()
    {
        var wire = new Dictionary<string, object?>(StringComparer.Ordinal) { ["type"] = Type, ["targets"] = Targets };
        if (Controls is { Count: > 0 }) wire["controls"] = Controls;
        if (Rotation is not null) wire["rotation"] = Rotation;
        return wire;
    }
}

/// <summary>An input that is one program text, sent as {backendId, &lt;field&gt;: text}.</summary>
public abstract class TextJobInput(string wireField, string text) : JobInput
{
    public string Text { get; } = text ?? throw new ArgumentNullException(nameof(text));

    internal override object ToWire(string backendId)
    {
        var wire = Tagged(backendId);
        wire[wireField] = Text;
        return wire;
    }
}

/// <summary>An input that is one JSON object, sent with backendId added to its fields.</summary>
public abstract class ObjectJobInput(IDictionary<string, object?> fields) : JobInput
{
    public IDictionary<string, object?> Fields { get; } = fields ?? throw new ArgumentNullException(nameof(fields));

    internal override object ToWire(string backendId)
    {
        var wire = Tagged(backendId);
        foreach (var field in Fields) wire[field.Key] = field.Value;
        return wire;
    }
}

/// <summary>An OpenQASM 3 program for the AWS Braket devices; the public client wraps it as {backendId, value}.</summary>
public sealed class AwsQasm3JobInput(string program) : TextJobInput("value", program)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.BraketOpenQasmV3;
}

/// <summary>An OpenQASM circuit for IBM backends. Field name inferred.</summary>
public sealed class IbmJobInput(string qasm) : TextJobInput("qasm", qasm)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.OpenQasmV3;
}

/// <summary>An OpenQASM circuit for Qudora backends. Field name inferred.</summary>
public sealed class QudoraJobInput(string qasm) : TextJobInput("qasm", qasm)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.OpenQasmV2;
}

/// <summary>A serialized Perceval circuit for Quandela backends. Field name inferred.</summary>
public sealed class QuandelaJobInput(string circuit) : TextJobInput("circuit", circuit)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.Perceval;
}

/// <summary>An analog Hamiltonian simulation program (Braket AHS) as its JSON object. Fields inferred.</summary>
public sealed class AwsAhsJobInput(IDictionary<string, object?> program) : ObjectJobInput(program)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.BraketAhsProgram;
}

/// <summary>IQM circuits in the IQM job format. Fields inferred.</summary>
public sealed class IqmJobInput(IDictionary<string, object?> job) : ObjectJobInput(job)
{
    public override JobInputFormat? DefaultFormat => JobInputFormat.IqmJobInputV1;
}

/// <summary>A Kipu problem definition. Fields inferred.</summary>
public sealed class KipuJobInput(IDictionary<string, object?> problem) : ObjectJobInput(problem);
