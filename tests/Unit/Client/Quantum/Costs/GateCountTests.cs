using KipuHub.Client.Quantum.Costs;

namespace KipuHub.Tests.Unit.Client.Quantum.Costs;

public sealed class GateCountTests
{
    [Theory]
    [InlineData("""{"qubits":2,"circuit":[{"type":"h","targets":[0]},{"type":"cnot","controls":[0],"targets":[1]}]}""", 1, 1)]
    [InlineData("""{"qubits":3,"circuit":[{"gate":"x","targets":[0,1,2]},{"type":"swap","targets":[0,1]},{"type":"zz","targets":[1,2]}]}""", 3, 2)]
    [InlineData("\"OPENQASM 2.0;\\ninclude \\\"qelib1.inc\\\";\\nqreg q[3];\\nh q[0];\\ncx q[0],q[1];\\nx q;\\nmeasure q[0] -> c[0];\"", 4, 1)]
    [InlineData("\"OPENQASM 3.0;\\nqubit[2] q;\\n// h q[1];\\ngate my a { h a; }\\nrz(0.5) q[0];\\nctrl @ x q[0], q[1];\\nbarrier q;\"", 1, 1)]
    [InlineData("""{"program":"OPENQASM 3;\nqubit[4] r;\nh r;\ncz r[0], r[3];"}""", 4, 1)]
    // IonQ: a control (one or many) makes a two-qubit gate; so do two targets of swap, xx, yy, zz or ms in any case, read from
    // "type" or "gate"; other gates count once per target, once when they name none; what is not an object is no gate.
    [InlineData("""{"qubits":3,"circuit":[{"gate":"cnot","control":0,"target":1},{"gate":"h","target":2},{"gate":"x"},""" +
        """{"gate":"x","targets":[0,1]},{"type":"XX","targets":[0,1]},{"gate":"yy","targets":[0,1]},{"gate":"ms","targets":[0,1]},""" +
        """{"gate":"h","controls":[],"targets":[0]},7]}""", 5, 4)]
    // OpenQASM 2: block comments and gate definitions are no gates, a register without an index applies the gate to each of its
    // qubits (the largest register of the operands), parameters are no operands, a measurement is no gate.
    [InlineData("\"OPENQASM 2.0;\\ninclude \\\"qelib1.inc\\\";\\n/* h q[0]; */\\nqreg q[3];\\nqreg r [ 2 ];\\ncreg c[3];\\n" +
        "gate bell a, b { h a; cx a, b; }\\nbell q[0], q[1];\\nx q;\\ncx r, q;\\nrz(0.5) q[0];\\nmeasure q -> c;\"", 4, 4)]
    // OpenQASM 3: ctrl @ and negctrl @ make a gate controlled, inv @ does not; an assignment is no gate.
    [InlineData("\"OPENQASM 3;\\nqubit[2] q;\\nctrl @ x q[0], q[1];\\nnegctrl @ x q[0], q[1];\\ninv @ s q[0];\\nctrl @ z q;\\n" +
        "c[0] = measure q[0];\"", 1, 4)]
    // IonQ fields of the wrong kind count as absent: a type that is no string, targets that are no list, a control that is no qubit.
    [InlineData("""{"circuit":[{"type":5,"targets":[0,1]},{"gate":"x","targets":3},{"gate":"h","control":"none","target":0}]}""", 4, 0)]
    // Comments and definitions standing alone are no statements; an empty operand is none.
    [InlineData("\"OPENQASM 2.0; qreg q[2]; /* note */; h q[0]; x q[1],; gate g a { x a; } barrier q; // the end\\n\"", 2, 0)]
    // A line comment ends at its line, semicolons in it included.
    [InlineData("\"OPENQASM 2.0; qreg q[2]; // a note; cx q[0],q[1]\\nh q[0];\"", 1, 0)]
    // A program in a string property, whatever its case and leading blanks.
    [InlineData("""{"shots":5,"qasm":"  openqasm 2.0; qreg q[1]; h q[0];"}""", 1, 0)]
    public void Counts_one_and_two_qubit_gates(string input, long one, long two)
    {
        var count = GateCount.Of(input)!;
        Assert.Equal((one, two), (count.OneQubit, count.TwoQubit));
    }

    [Theory]
    [InlineData("""{"pulses":[1,2,3]}""")]
    [InlineData("[1,2]")]
    [InlineData("not json")]
    [InlineData("42")]
    [InlineData("""{"circuit":"not an array","program":"qubit q;"}""")]
    public void Says_nothing_for_inputs_whose_gates_it_cannot_count(string input) => Assert.Null(GateCount.Of(input));

    [Fact]
    public void Declarations_measurements_and_control_flow_are_no_gates()
    {
        // Each statement below starts with a word that is not a gate; the one H is the only gate of the program.
        var program = string.Join(";\n", new[]
        {
            "OPENQASM 3.0", "include \"stdgates.inc\"", "qubit[2] q", "qubit single", "bit[2] c", "qreg r[n]", "creg d[1]",
            "measure q[0]", "barrier q", "reset q[0]", "input float x", "output bit o", "const int n", "let alias q",
            "defcalgrammar \"openpulse\"", "cal {}", "defcal rx $0 {}", "if (c) {}", "for i in {}", "while (c) {}", "box {}",
            "delay[100ns] q", "float f", "int i", "uint u", "angle a", "bool b", "complex z", "h q[0]",
        }) + ";";
        var count = GateCount.Of(System.Text.Json.JsonSerializer.Serialize(program))!;
        Assert.Equal((1L, 0L), (count.OneQubit, count.TwoQubit));
    }
}
