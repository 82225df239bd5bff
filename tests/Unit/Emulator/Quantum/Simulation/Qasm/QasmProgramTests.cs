using System.Text.Json.Nodes;
using KipuHub.Emulator.Quantum.Simulation;
using KipuHub.Emulator.Quantum.Simulation.Qasm;

namespace KipuHub.Tests.Unit.Emulator.Quantum.Simulation.Qasm;

/// <summary>OpenQASM 2 and 3 programs on the state vector: the physics, the bit order, and the reasons a program is refused.</summary>
public sealed class QasmProgramTests
{
    const string Ghz3Qasm2 = """
        OPENQASM 2.0;
        include "qelib1.inc";
        qreg q[3];
        creg c[3];
        h q[0];
        cx q[0],q[1];
        cx q[1],q[2];
        barrier q;
        measure q -> c;
        """;

    const string Ghz3Qasm3 = """
        OPENQASM 3.0;
        include "stdgates.inc";
        qubit[3] q;
        bit[3] c;
        h q[0];
        cx q[0], q[1];
        ctrl @ x q[1], q[2];
        c = measure q;
        """;

    static SortedDictionary<string, int> Counts(string source, int shots = 4000, int seed = 7)
    {
        var program = QasmProgram.Parse(source);
        return QasmCounts.Of(program, program.Run().Sample(shots, new Random(seed)));
    }

    [Theory]
    [InlineData(Ghz3Qasm2)]
    [InlineData(Ghz3Qasm3)]
    public void A_ghz_program_counts_only_all_zeros_and_all_ones(string source)
    {
        var counts = Counts(source);
        Assert.Equal(new[] { "000", "111" }, counts.Keys);
        Assert.InRange(counts["000"], 1800, 2200);
    }

    [Theory]
    [InlineData("rx", 1.0)]
    [InlineData("ry", 2.2)]
    [InlineData("u3", 0.7)]
    public void Rotations_match_the_exact_probabilities_by_a_chi_square_test(string gate, double theta)
    {
        var call = gate == "u3" ? $"u3({theta}, 0.3, -1.1)" : $"{gate}({theta})";
        const int shots = 4000;
        var counts = Counts($"OPENQASM 2.0; include \"qelib1.inc\"; qreg q[1]; creg c[1]; {call} q[0]; measure q[0] -> c[0];", shots);
        var one = Math.Pow(Math.Sin(theta / 2), 2);
        var expected = new[] { (1 - one) * shots, one * shots };
        var observed = new[] { counts.GetValueOrDefault("0"), counts.GetValueOrDefault("1") };
        var chiSquare = observed.Zip(expected, (o, e) => (o - e) * (o - e) / e).Sum();
        // One degree of freedom: above 10.83 happens by chance once in a thousand runs; the seed is fixed.
        Assert.True(chiSquare < 10.83, $"chi-square {chiSquare:0.00} for {call}: observed {string.Join("/", observed)}");
    }

    [Fact]
    public void Gate_by_gate_it_agrees_with_the_IonQ_path()
    {
        var random = new Random(5);
        var pairs = new (string Qasm, string Ionq, bool Angle, bool Two)[]
        {
            ("h", "h", false, false), ("x", "x", false, false), ("y", "y", false, false), ("z", "z", false, false),
            ("s", "s", false, false), ("sdg", "si", false, false), ("t", "t", false, false), ("tdg", "ti", false, false),
            ("sx", "v", false, false), ("sxdg", "vi", false, false), ("rx", "rx", true, false), ("ry", "ry", true, false),
            ("rz", "rz", true, false), ("cx", "cnot", false, true), ("swap", "swap", false, true),
        };
        var qasm = new List<string> { "OPENQASM 3; qubit[4] q;" };
        var ionq = new JsonArray();
        for (var i = 0; i < 200; i++)
        {
            var (q, n, angle, two) = pairs[random.Next(pairs.Length)];
            var a = random.Next(4);
            var b = (a + 1 + random.Next(3)) % 4;
            var theta = Math.Round(random.NextDouble() * 6 - 3, 6);
            var call = angle ? $"{q}({theta.ToString(System.Globalization.CultureInfo.InvariantCulture)})" : q;
            qasm.Add(two ? $"{call} q[{a}], q[{b}];" : $"{call} q[{a}];");
            var gate = new JsonObject { ["type"] = n };
            if (n == "cnot") { gate["controls"] = new JsonArray(a); gate["targets"] = new JsonArray(b); }
            else gate["targets"] = two ? new JsonArray(a, b) : new JsonArray(a);
            if (angle) gate["rotation"] = theta;
            ionq.Add(gate);
        }
        // Through JSON text, as the emulator receives a circuit.
        var circuit = IonqCircuit.Parse(JsonNode.Parse(new JsonObject { ["qubits"] = 4, ["circuit"] = ionq }.ToJsonString())!, out var failure);
        Assert.Null(failure);
        var expected = circuit.Run().Probabilities();
        var actual = QasmProgram.Parse(string.Join("\n", qasm)).Run().Probabilities();
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i], 9);
    }

    [Fact]
    public void Counts_follow_the_programs_classical_bits_bit_0_leftmost()
    {
        var counts = Counts("OPENQASM 3; qubit[2] q; bit[3] c; x q[1]; c[2] = measure q[1]; c[0] = measure q[0];", 50);
        Assert.Equal("001", Assert.Single(counts).Key);
    }

    [Fact]
    public void Inverse_and_controls_by_modifier_and_physical_qubits()
    {
        Assert.Equal("00", Assert.Single(Counts("OPENQASM 3; s $0; inv @ s $0; h $1; inv @ h $1;", 50)).Key);
        Assert.Equal("111", Assert.Single(Counts("OPENQASM 3; qubit[3] q; x q[0]; x q[1]; ctrl(2) @ x q[0], q[1], q[2];", 50)).Key);
        Assert.Equal("11", Assert.Single(Counts("OPENQASM 2.0; qreg a[1]; qreg b[1]; x a; cx a[0], b[0];", 50)).Key);
    }

    [Theory]
    [InlineData("OPENQASM 2.0;\nqreg q[2];\nhx q[0];", "line 3: unknown gate 'hx'")]
    [InlineData("OPENQASM 2.0;\nqreg q[2];\ncx q[0];", "line 3: 'cx' acts on 2 qubit(s), got 1")]
    [InlineData("OPENQASM 2.0;\nqreg q[2];\nh q[5];", "line 3: q[5] is beyond q's 2 qubit(s)")]
    [InlineData("OPENQASM 2.0;\nqreg q[2];\nrx q[0];", "line 3: 'rx' takes 1 angle(s), got 0")]
    [InlineData("OPENQASM 2.0;\nqreg q[1];\nrx(pi/) q[0];", "line 3: an angle ends too early")]
    [InlineData("OPENQASM 3;\nqubit[1] q;\nbit[1] c;\nc[0] = measure q[0];\nh q[0];", "line 5: 'h' after qubit 0 was measured")]
    [InlineData("OPENQASM 2.0;\nqreg q[1];\ngate g a { h a; }", "line 3: 'gate' with a block")]
    [InlineData("OPENQASM 2.0;\nqreg q[1];\nh q[0]", "line 3: ']': a statement ends without ';'")]
    [InlineData("OPENQASM 2.0;\ninclude \"mine.inc\";", "line 2: include 'mine.inc'")]
    [InlineData("OPENQASM 3;", "declares no qubits")]
    public void A_program_it_cannot_run_is_refused_with_the_line_and_the_token(string source, string reason)
    {
        var error = Assert.Throws<QasmException>(() => QasmProgram.Parse(source));
        Assert.Contains(reason, error.Message);
    }
}
