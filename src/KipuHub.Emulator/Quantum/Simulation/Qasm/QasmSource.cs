using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>
/// The OpenQASM program in a job's input, however it is wrapped: a JSON string, or an object's "value" (AWS Braket, as the
/// public client sends it), "qasm" (IBM, Qudora) or "source"/"program".
/// </summary>
public static class QasmSource
{
    public static string? Find(JsonNode? input)
    {
        var text = input switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => s,
            JsonObject o => new[] { "value", "qasm", "source", "program" }.Select(k => o[k]).OfType<JsonValue>()
                .Select(v => v.TryGetValue<string>(out var s) ? s : null).FirstOrDefault(s => s is not null),
            _ => null,
        };
        return text is not null && LooksLikeQasm(text) ? text : null;
    }

    static bool LooksLikeQasm(string text) =>
        text.Contains("OPENQASM", StringComparison.Ordinal) || text.Contains("qreg ", StringComparison.Ordinal) ||
        text.Contains("qubit", StringComparison.Ordinal);
}
