using System.Text.Json.Nodes;
using KipuHub.Emulator.Quantum.Simulation;

namespace KipuHub.Tests.Unit.Emulator.Quantum.Simulation;

/// <summary>IQM circuits (prx, cz, measure) run on the state vector, gate by gate as the IonQ path runs the same circuit.</summary>
public sealed class IqmCircuitTests
{
    // RY(π/2) is prx with a quarter turn about the Y axis (phase a quarter turn); RY(-π/2) the same about -Y.
    static string Ry(string qubit, bool back = false) =>
        Prx(qubit, 0.25, back ? 0.75 : 0.25);

    static string Prx(string qubit, double angle, double phase) =>
        $$$"""{"name":"prx","qubits":["{{{qubit}}}"],"args":{"angle_t":{{{Invariant(angle)}}},"phase_t":{{{Invariant(phase)}}}}}""";

    static string Invariant(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    static string Cz(string a, string b) => $$$"""{"name":"cz","qubits":["{{{a}}}","{{{b}}}"],"args":{}}""";

    static IqmCircuit Parse(string json)
    {
        var circuit = IqmCircuit.Parse(JsonNode.Parse(json)!, out var failure);
        Assert.Null(failure);
        return circuit;
    }

    [Fact]
    public void A_ghz_circuit_of_prx_and_cz_counts_only_all_zeros_and_all_ones_with_QB1_leftmost()
    {
        var instructions = string.Join(",", Ry("QB1"), Ry("QB2"), Cz("QB1", "QB2"), Ry("QB2", back: true), Ry("QB10"),
            Cz("QB2", "QB10"), Ry("QB10", back: true), """{"name":"measure","qubits":["QB1","QB2","QB10"],"args":{"key":"m"}}""");
        var circuit = Parse($$"""{"circuits":[{"name":"ghz","instructions":[{{instructions}}]}],"shots":1000}""");

        Assert.Equal(new[] { "QB1", "QB2", "QB10" }, circuit.QubitNames);
        var counts = circuit.Run().Sample(4000, new Random(3));
        Assert.Equal(new[] { "000", "111" }, counts.Keys);
        Assert.InRange(counts["111"], 1850, 2150);
    }

    [Theory]
    [InlineData(0.5, 0.0, """{"qubits":1,"circuit":[{"type":"x","targets":[0]}]}""")]
    [InlineData(0.125, 0.25, """{"qubits":1,"circuit":[{"type":"ry","targets":[0],"rotation":0.7853981633974483}]}""")]
    [InlineData(0.2, 0.0, """{"qubits":1,"circuit":[{"type":"rx","targets":[0],"rotation":1.2566370614359172}]}""")]
    public void A_prx_gives_the_probabilities_of_the_rotation_the_IonQ_path_runs(double angle, double phase, string ionq)
    {
        var iqm = Parse($$"""{"instructions":[{{Prx("QB1", angle, phase)}}]}""");
        var expected = IonqCircuit.Parse(JsonNode.Parse(ionq)!, out _).Run().Probabilities();
        Assert.Equal(expected, iqm.Run().Probabilities(), (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Theory]
    [InlineData("""{"instructions":[{"name":"h","qubits":["QB1"],"args":{}}]}""", "'h' is not an IQM native instruction")]
    [InlineData("""{"instructions":[{"name":"prx","qubits":["QB1"],"args":{"angle_t":0.5}}]}""", "needs args angle_t and phase_t")]
    [InlineData("""{"instructions":[{"name":"cz","qubits":["QB1"],"args":{}}]}""", "(cz) needs two qubits")]
    [InlineData("""{"instructions":[{"name":"cz","qubits":["QB1","QB1"],"args":{}}]}""", "names a qubit twice")]
    [InlineData("""{"circuits":[{"instructions":[]},{"instructions":[]}]}""", "one circuit a job; this input has 2")]
    public void What_it_cannot_run_is_refused_with_the_reason(string json, string reason)
    {
        IqmCircuit.Parse(JsonNode.Parse(json)!, out var failure);
        Assert.Contains(reason, failure);
    }
}
