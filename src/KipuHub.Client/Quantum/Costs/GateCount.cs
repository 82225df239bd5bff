using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;

#if KIPUHUB_EMULATOR
namespace KipuHub.Emulator.Quantum;
#else
namespace KipuHub.Client.Quantum.Costs;
#endif

/// <summary>
/// The one- and two-qubit gates of a job input, for gate-priced backends: an IonQ QIS circuit (JSON) or an OpenQASM 2/3
/// program (a JSON string, or a string property that holds one). A gate applied to several targets counts once per
/// target; a gate on a whole register once per qubit of it; a gate on two or more qubits is a two-qubit gate. The
/// emulator compiles this same file (internal there), so what it bills is what the estimate says.
/// </summary>
#if KIPUHUB_EMULATOR
internal
#else
public
#endif
sealed class GateCount
{
    GateCount(long oneQubit, long twoQubit)
    {
        OneQubit = oneQubit;
        TwoQubit = twoQubit;
    }

    public long OneQubit { get; }
    public long TwoQubit { get; }

    /// <summary>Null when the input is of a form whose gates cannot be counted here (Qiskit QPY, Perceval, ...).</summary>
    public static GateCount? Of(string inputJson)
    {
        try
        {
            using var document = JsonDocument.Parse(inputJson);
            return Of(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    static GateCount? Of(JsonElement input)
    {
        if (input.ValueKind == JsonValueKind.String) return Qasm(input.GetString()!);
        if (input.ValueKind != JsonValueKind.Object) return null;
        if (input.TryGetProperty("circuit", out var circuit) && circuit.ValueKind == JsonValueKind.Array) return Ionq(circuit);
        foreach (var property in input.EnumerateObject())
            if (property.Value.ValueKind == JsonValueKind.String && property.Value.GetString()!.TrimStart()
                    .StartsWith("OPENQASM", StringComparison.OrdinalIgnoreCase))
                return Qasm(property.Value.GetString()!);
        return null;
    }

    static GateCount Ionq(JsonElement circuit)
    {
        long one = 0, two = 0;
        foreach (var gate in circuit.EnumerateArray().Where(g => g.ValueKind == JsonValueKind.Object))
        {
            var targets = Count(gate, "targets", "target");
            var controls = Count(gate, "controls", "control");
            if (controls > 0 || targets >= 2 && IsTwoTargetGate(gate)) two++;
            else one += Math.Max(targets, 1);
        }
        return new GateCount(one, two);
    }

    static bool IsTwoTargetGate(JsonElement gate) =>
        (gate.TryGetProperty("type", out var type) || gate.TryGetProperty("gate", out type)) && type.ValueKind == JsonValueKind.String &&
        type.GetString()!.ToLowerInvariant() is "swap" or "xx" or "yy" or "zz" or "ms";

    static int Count(JsonElement gate, string plural, string singular) =>
        gate.TryGetProperty(plural, out var many) && many.ValueKind == JsonValueKind.Array ? many.GetArrayLength()
        : gate.TryGetProperty(singular, out var one) && one.ValueKind == JsonValueKind.Number ? 1 : 0;

    static readonly HashSet<string> NotGates = new(StringComparer.OrdinalIgnoreCase)
    {
        "OPENQASM", "include", "qreg", "creg", "qubit", "bit", "measure", "barrier", "reset", "input", "output", "const", "let",
        "defcalgrammar", "cal", "defcal", "if", "for", "while", "box", "delay", "float", "int", "uint", "angle", "bool", "complex",
    };

    static readonly Regex Register = new(@"^(?:qreg\s+(\w+)\s*\[\s*(\d+)\s*\]|qubit\s*\[\s*(\d+)\s*\]\s*(\w+))$",
        RegexOptions.CultureInvariant);

    static GateCount Qasm(string program)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long one = 0, two = 0;
        var text = Regex.Replace(Regex.Replace(program, @"//[^\n]*", ""), @"/\*.*?\*/", "", RegexOptions.Singleline);
        // Gate definitions describe gates, they do not apply them.
        text = Regex.Replace(text, @"\bgate\s+[^{]*\{[^}]*\}", "", RegexOptions.Singleline);
        foreach (var raw in text.Split(';'))
        {
            var statement = Regex.Replace(raw.Trim(), @"\s+", " ");
            if (Register.Match(statement) is { Success: true } declared)
            {
                var (name, size) = declared.Groups[1].Success ? (declared.Groups[1].Value, declared.Groups[2].Value)
                    : (declared.Groups[4].Value, declared.Groups[3].Value);
                sizes[name] = long.Parse(size, System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            var call = Regex.Match(statement, @"^(?:ctrl\s*@\s*|negctrl\s*@\s*|inv\s*@\s*)*([A-Za-z_]\w*)\s*(\([^)]*\))?\s*(.+)$");
            if (!call.Success || NotGates.Contains(call.Groups[1].Value) || statement.Contains("->") || statement.Contains("=")) continue;
            var operands = call.Groups[3].Value.Split(',').Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
            // A register without an index applies the gate to each of its qubits.
            var times = operands.Select(o => o.Contains('[') ? 1 : sizes.TryGetValue(o, out var n) ? n : 1).DefaultIfEmpty(1).Max();
            var controlled = statement.StartsWith("ctrl", StringComparison.Ordinal) ||
                statement.StartsWith("negctrl", StringComparison.Ordinal);
            if (operands.Count >= 2 || controlled) two += times;
            else one += times;
        }
        return new GateCount(one, two);
    }
}
