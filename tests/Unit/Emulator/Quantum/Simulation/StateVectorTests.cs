using System.Text.Json.Nodes;
using KipuHub.Emulator.Quantum.Simulation;

namespace KipuHub.Tests.Unit.Emulator.Quantum.Simulation;

/// <summary>The simulator's physics, with fixed seeds.</summary>
public sealed class StateVectorTests
{
    static SortedDictionary<string, int> Run(string circuitJson, int shots = 4000, int seed = 11)
    {
        var circuit = IonqCircuit.Parse(JsonNode.Parse(circuitJson)!, out var failure);
        Assert.Null(failure);
        return circuit.Run().Sample(shots, new Random(seed));
    }

    [Fact]
    public void X_is_deterministic()
    {
        var counts = Run("""{"qubits":3,"circuit":[{"type":"x","targets":[1]}]}""", shots: 500);
        Assert.Equal(new Dictionary<string, int> { ["010"] = 500 }, counts);
    }

    [Fact]
    public void A_bell_pair_yields_only_00_and_11_close_to_half_each()
    {
        var counts = Run("""{"qubits":2,"circuit":[{"type":"h","targets":[0]},{"type":"cnot","controls":[0],"targets":[1]}]}""");
        Assert.Equal(new[] { "00", "11" }, counts.Keys);
        Assert.Equal(4000, counts.Values.Sum());
        Assert.InRange(counts["00"], 1850, 2150);
    }

    [Fact]
    public void A_ghz_state_yields_only_all_zeros_and_all_ones()
    {
        var counts = Run("""{"qubits":5,"circuit":[{"type":"h","targets":[0]},{"type":"cnot","controls":[0],"targets":[1]},{"type":"cnot","controls":[1],"targets":[2]},{"type":"cnot","controls":[2],"targets":[3]},{"type":"cnot","controls":[3],"targets":[4]}]}""");
        Assert.Equal(new[] { "00000", "11111" }, counts.Keys);
        Assert.InRange(counts["11111"], 1850, 2150);
    }

    [Theory]
    [InlineData("rx", Math.PI / 3)]
    [InlineData("ry", Math.PI / 3)]
    [InlineData("rx", 2.0)]
    [InlineData("ry", 0.4)]
    public void Rotations_give_sin_squared_of_half_the_angle(string gate, double theta)
    {
        var circuit = IonqCircuit.Parse(JsonNode.Parse($$"""{"qubits":1,"circuit":[{"type":"{{gate}}","targets":[0],"rotation":{{theta.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}]}""")!, out _);
        var probabilities = circuit.Run().Probabilities();
        Assert.Equal(Math.Pow(Math.Sin(theta / 2), 2), probabilities[1], 9);
        var counts = circuit.Run().Sample(20000, new Random(3));
        Assert.InRange(counts.GetValueOrDefault("1") / 20000.0, probabilities[1] - 0.015, probabilities[1] + 0.015);
    }

    [Fact]
    public void Phase_gates_do_not_change_probabilities_but_interfere()
    {
        // H·Z·H = X, H·S·S·H = X, H·T·T·T·T·H = X: phases become certainties after interference.
        Assert.Equal(new[] { "1" }, Run("""{"qubits":1,"circuit":[{"type":"h","targets":[0]},{"type":"z","targets":[0]},{"type":"h","targets":[0]}]}""").Keys);
        Assert.Equal(new[] { "1" }, Run("""{"qubits":1,"circuit":[{"type":"h","targets":[0]},{"type":"s","targets":[0]},{"type":"s","targets":[0]},{"type":"h","targets":[0]}]}""").Keys);
        Assert.Equal(new[] { "1" }, Run("""{"qubits":1,"circuit":[{"type":"h","targets":[0]},{"type":"t","targets":[0]},{"type":"t","targets":[0]},{"type":"t","targets":[0]},{"type":"t","targets":[0]},{"type":"h","targets":[0]}]}""").Keys);
        Assert.Equal(new[] { "0" }, Run("""{"qubits":1,"circuit":[{"type":"h","targets":[0]},{"type":"s","targets":[0]},{"type":"si","targets":[0]},{"type":"h","targets":[0]}]}""").Keys);
        Assert.Equal(new[] { "1" }, Run("""{"qubits":1,"circuit":[{"type":"v","targets":[0]},{"type":"v","targets":[0]}]}""").Keys);
        var rz = IonqCircuit.Parse(JsonNode.Parse("""{"qubits":1,"circuit":[{"type":"h","targets":[0]},{"type":"rz","targets":[0],"rotation":1.1}]}""")!, out _);
        Assert.Equal(0.5, rz.Run().Probabilities()[1], 9);
    }

    [Fact]
    public void Swap_and_two_qubit_rotations()
    {
        Assert.Equal(new[] { "01" }, Run("""{"qubits":2,"circuit":[{"type":"x","targets":[0]},{"type":"swap","targets":[0,1]}]}""").Keys);
        var xx = Run("""{"qubits":2,"circuit":[{"type":"xx","targets":[0,1],"rotation":1.5707963267948966}]}""");
        Assert.Equal(new[] { "00", "11" }, xx.Keys);
        var yy = IonqCircuit.Parse(JsonNode.Parse("""{"qubits":2,"circuit":[{"type":"yy","targets":[0,1],"rotation":3.141592653589793}]}""")!, out _).Run().Probabilities();
        Assert.Equal(1.0, yy[3], 9);
        var zz = IonqCircuit.Parse(JsonNode.Parse("""{"qubits":2,"circuit":[{"type":"zz","targets":[0,1],"rotation":0.7}]}""")!, out _).Run().Probabilities();
        Assert.Equal(1.0, zz[0], 9);
    }

    [Fact]
    public void The_same_seed_gives_the_same_counts_and_another_seed_other_counts()
    {
        const string bell = """{"qubits":2,"circuit":[{"type":"h","targets":[0]},{"type":"cnot","controls":[0],"targets":[1]}]}""";
        Assert.Equal(Run(bell, 1000, 5), Run(bell, 1000, 5));
        Assert.NotEqual(Run(bell, 1000, 5)["00"], Run(bell, 1000, 6)["00"]);
    }

    [Theory]
    [InlineData("""{"qubits":2,"circuit":[{"type":"h","targets":[2]}]}""", "uses qubit 2, beyond")]
    [InlineData("""{"qubits":2,"circuit":[{"type":"cnot","controls":[5],"targets":[1]}]}""", "uses qubit 5, beyond")]
    [InlineData("""{"qubits":2,"circuit":[{"type":"warp","targets":[0]}]}""", "not a qis gate")]
    [InlineData("""{"qubits":2,"circuit":[{"type":"cnot","controls":[0],"targets":[0]}]}""", "uses a qubit twice")]
    [InlineData("""{"qubits":2,"gateset":"native","circuit":[]}""", "not supported")]
    [InlineData("""{"qubits":0,"circuit":[]}""", "at least 1")]
    public void Invalid_circuits_say_why(string json, string reason)
    {
        IonqCircuit.Parse(JsonNode.Parse(json)!, out var failure);
        Assert.Contains(reason, failure);
    }
}
