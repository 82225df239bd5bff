using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KipuHub.Emulator.Quantum.Simulation;

/// <summary>
/// An IQM circuit (IQM_JOB_INPUT_V1, as iqm-client sends it): {"circuits": [{"name", "instructions": [...]}]} or one
/// circuit's {"instructions": [...]}, each instruction {"name", "qubits", "args"}. IQM's native instructions: prx (args
/// angle_t and phase_t in full turns; phased_rx in older clients), cz, barrier and measure. Qubits are named (QB1, QB2, …)
/// and counted in the order of their numbers, the first leftmost.
/// </summary>
public sealed partial class IqmCircuit
{
    IqmCircuit(IReadOnlyList<string> qubitNames, List<Instruction> instructions) =>
        (QubitNames, Instructions) = (qubitNames, instructions);

    public IReadOnlyList<string> QubitNames { get; }
    public int Qubits => QubitNames.Count;
    List<Instruction> Instructions { get; }

    sealed record Instruction(string Name, int[] Qubits, double AngleTurns, double PhaseTurns);

    static readonly string[] Native = { "prx", "phased_rx", "cz", "barrier", "measure", "measurement" };

    public static bool LooksLikeOne(JsonNode? input) => input is JsonObject o &&
        (o["instructions"] is JsonArray || (o["circuits"] as JsonArray)?.FirstOrDefault() is JsonObject { } first &&
            first["instructions"] is JsonArray);

    /// <summary>Parses the circuit; what the Hub would refuse gives the reason the job fails.</summary>
    public static IqmCircuit Parse(JsonNode input, out string? failure)
    {
        failure = null;
        var o = (JsonObject)input;
        if (o["circuits"] is JsonArray { Count: > 1 } several)
            failure = $"the emulator runs one circuit a job; this input has {several.Count}: submit one job per circuit.";
        var circuit = o["instructions"] is JsonArray ? o : (JsonObject)((JsonArray)o["circuits"]!)[0]!;
        var listed = (JsonArray)circuit["instructions"]!;
        var parsed = new List<(string Name, string[] Qubits, double Angle, double Phase)>();
        foreach (var (node, position) in listed.Select((n, i) => (n, i)))
        {
            if (failure is not null) break;
            var name = (node as JsonObject)?["name"] is JsonValue v && v.TryGetValue<string>(out var text) ? text : null;
            var qubits = ((node as JsonObject)?["qubits"] as JsonArray)?.Select(Name).ToArray() ?? Array.Empty<string?>();
            if (name is null || !Native.Contains(name))
                failure = $"instruction {position} '{name}' is not an IQM native instruction ({string.Join(", ", Native)}).";
            else if (qubits.Length == 0 || qubits.Any(q => q is null))
                failure = $"instruction {position} ({name}) needs the names of its qubits, such as [\"QB1\"].";
            else if (name == "cz" && qubits.Length != 2) failure = $"instruction {position} (cz) needs two qubits.";
            else if (qubits.Distinct().Count() != qubits.Length) failure = $"instruction {position} ({name}) names a qubit twice.";
            else if (name is "prx" or "phased_rx" && (Turns(node!, "angle_t") is not { } angle || Turns(node!, "phase_t") is not { } phase))
                failure = $"instruction {position} ({name}) needs args angle_t and phase_t, in full turns.";
            else parsed.Add((name, qubits.Select(q => q!).ToArray(), Turns(node!, "angle_t") ?? 0, Turns(node!, "phase_t") ?? 0));
        }
        var names = parsed.SelectMany(p => p.Qubits).Distinct().OrderBy(Number).ThenBy(n => n, StringComparer.Ordinal).ToList();
        var instructions = parsed.Select(p => new Instruction(p.Name, p.Qubits.Select(q => names.IndexOf(q)).ToArray(), p.Angle, p.Phase))
            .ToList();
        return new IqmCircuit(names, instructions);
    }

    static string? Name(JsonNode? qubit) => qubit is JsonValue v && v.TryGetValue<string>(out var name) ? name : null;

    static double? Turns(JsonNode instruction, string name) =>
        instruction["args"]?[name] is JsonValue v && v.TryGetValue<double>(out var turns) ? turns : null;

    static int Number(string qubit) => QubitNumber().Match(qubit) is { Success: true } m ? int.Parse(m.Value) : int.MaxValue;

    [GeneratedRegex(@"\d+$")]
    private static partial Regex QubitNumber();

    public StateVector Run()
    {
        var state = new StateVector(Math.Max(1, Qubits));
        foreach (var instruction in Instructions)
        {
            if (instruction.Name == "cz") state.Apply(1, 0, 0, -1, instruction.Qubits[1], new[] { instruction.Qubits[0] });
            else if (instruction.Name is "prx" or "phased_rx") Prx(state, instruction);
        }
        return state;
    }

    // PRX(θ, φ) = exp(-i θ/2 (cos φ X + sin φ Y)), with θ and φ given in full turns.
    static void Prx(StateVector state, Instruction instruction)
    {
        var (theta, phi) = (2 * Math.PI * instruction.AngleTurns, 2 * Math.PI * instruction.PhaseTurns);
        var (cos, sin) = (Math.Cos(theta / 2), Math.Sin(theta / 2));
        var offDiagonal = -Complex.ImaginaryOne * sin;
        state.Apply(cos, offDiagonal * Complex.FromPolarCoordinates(1, -phi), offDiagonal * Complex.FromPolarCoordinates(1, phi), cos,
            instruction.Qubits[0], Array.Empty<int>());
    }
}
