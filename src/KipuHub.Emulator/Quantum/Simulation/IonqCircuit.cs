using System.Numerics;
using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum.Simulation;

/// <summary>An IonQ QIS circuit ({"gateset": "qis", "qubits": n, "circuit": [...]}), checked and run on a state vector.</summary>
public sealed class IonqCircuit
{
    IonqCircuit(int qubits, List<Gate> gates)
    {
        Qubits = qubits;
        Gates = gates;
    }

    public int Qubits { get; }
    internal List<Gate> Gates { get; }

    internal sealed record Gate(string Type, int[] Targets, int[] Controls, double Rotation);

    public static bool LooksLikeOne(JsonNode? input) =>
        input is JsonObject o && (o["circuit"] is JsonArray || o["circuits"] is JsonArray) && o["qubits"] is not null;

    /// <summary>Parses the circuit; a circuit the Hub would run but that is invalid gives the reason it fails.</summary>
    public static IonqCircuit Parse(JsonNode input, out string? failure)
    {
        failure = null;
        var o = (JsonObject)input;
        var qubits = Bounded(TryInt(o["qubits"])) ?? 0;
        var gateset = o["gateset"] is null ? "qis" : Text(o["gateset"]);
        var gates = new List<Gate>();
        if (qubits < 1) failure = "qubits must be at least 1.";
        else if (gateset is null) failure = "gateset must be text, such as \"qis\".";
        else if (!string.Equals(gateset, "qis", StringComparison.OrdinalIgnoreCase)) failure =
            $"gateset '{gateset}' is not supported; use \"qis\".";
        var first = (o["circuits"] as JsonArray)?.FirstOrDefault() as JsonObject;
        var list = (o["circuit"] ?? first?["circuit"]) as JsonArray ?? new JsonArray();
        foreach (var (node, position) in list.Select((n, i) => (n, i)))
        {
            if (failure is not null) break;
            if (node is not JsonObject g) { failure = $"gate {position} is not an object."; break; }
            var type = Text(g["type"] ?? g["gate"])?.ToLowerInvariant();
            var targets = Ints(g["targets"] ?? g["target"]);
            var controls = Ints(g["controls"] ?? g["control"]);
            var rotation = TryDouble(g["rotation"]) ?? 0;
            if (type is null) failure = $"gate {position} has no type (text such as \"h\").";
            else if (!Supported.Contains(type)) failure = $"gate {position}: '{type}' is not a qis gate.";
            else if (targets.Length == 0) failure = $"gate {position} ({type}) has no target.";
            else if (OutOfRange(targets.Concat(controls), qubits) is int bad)
                failure = $"gate {position} ({type}) uses qubit {bad}, beyond the circuit's {qubits} qubits (0..{qubits - 1}).";
            else if (targets.Concat(controls).Distinct().Count() != targets.Length + controls.Length)
                failure = $"gate {position} ({type}) uses a qubit twice.";
            else if (TwoTargetGates.Contains(type) && targets.Length != 2) failure = $"gate {position} ({type}) needs two targets.";
            else gates.Add(new Gate(type == "not" ? "x" : type == "cnot" ? "x" : type, targets, type == "cnot" && controls.Length == 0 ?
                Array.Empty<int>() : controls, rotation));
        }
        return new IonqCircuit(qubits, gates);
    }

    static int? OutOfRange(IEnumerable<int> used, int qubits)
    {
        foreach (var q in used)
            if (q < 0 || q >= qubits) return q;
        return null;
    }

    static readonly HashSet<string> Supported = new() { "x", "y", "z", "rx", "ry", "rz", "h", "s", "si", "v", "vi", "t", "ti", "not",
        "cnot", "swap", "xx", "yy", "zz" };
    static readonly HashSet<string> TwoTargetGates = new() { "swap", "xx", "yy", "zz" };

    public StateVector Run()
    {
        var state = new StateVector(Qubits);
        foreach (var gate in Gates)
        {
            switch (gate.Type)
            {
                case "swap": state.Swap(gate.Targets[0], gate.Targets[1], gate.Controls); break;
                case "xx": state.TwoQubitRotation('x', gate.Rotation, gate.Targets[0], gate.Targets[1]); break;
                case "yy": state.TwoQubitRotation('y', gate.Rotation, gate.Targets[0], gate.Targets[1]); break;
                case "zz": state.TwoQubitRotation('z', gate.Rotation, gate.Targets[0], gate.Targets[1]); break;
                default:
                    var (a, b, c, d) = Matrix(gate.Type, gate.Rotation);
                    foreach (var target in gate.Targets) state.Apply(a, b, c, d, target, gate.Controls);
                    break;
            }
        }
        return state;
    }

    // IonQ's one-qubit gates are qelib1's under other names: one matrix table serves both.
    static (Complex, Complex, Complex, Complex) Matrix(string type, double theta) =>
        Qasm.QasmGates.Matrix(type switch { "si" => "sdg", "ti" => "tdg", "v" => "sx", "vi" => "sxdg", _ => type }, new[] { theta });

    static int[] Ints(JsonNode? node) => node switch
    {
        JsonArray array => array.Select(n => Bounded(TryInt(n)) ?? -1).ToArray(),
        JsonValue => new[] { Bounded(TryInt(node)) ?? -1 },
        _ => Array.Empty<int>(),
    };

    static long? TryInt(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<long>(out var n) ? n : node is JsonValue d && d.TryGetValue<double>(out var x) &&
            x == Math.Floor(x) ? (long)x : null;

    // A number beyond int stays out of range instead of wrapping around into it (2^32 + 1 qubits is not 1).
    static int? Bounded(long? n) => n is { } v ? (int)Math.Clamp(v, -1, int.MaxValue) : null;

    static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    static double? TryDouble(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var x) ? x : null;
}
