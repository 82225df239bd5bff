using System.Numerics;

namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>
/// The gates of qelib1.inc (OpenQASM 2) and stdgates.inc (OpenQASM 3), each a base gate on its targets with a number of
/// leading control operands: cx is x with one control, ccx x with two, cswap swap with one.
/// </summary>
public static class QasmGates
{
    public sealed record Definition(string Base, int Controls, int Parameters);

    static readonly Dictionary<string, Definition> Library = new(StringComparer.Ordinal)
    {
        ["id"] = new("id", 0, 0),
        ["x"] = new("x", 0, 0),
        ["y"] = new("y", 0, 0),
        ["z"] = new("z", 0, 0),
        ["h"] = new("h", 0, 0),
        ["s"] = new("s", 0, 0),
        ["sdg"] = new("sdg", 0, 0),
        ["t"] = new("t", 0, 0),
        ["tdg"] = new("tdg", 0, 0),
        ["sx"] = new("sx", 0, 0),
        ["sxdg"] = new("sxdg", 0, 0),
        ["rx"] = new("rx", 0, 1),
        ["ry"] = new("ry", 0, 1),
        ["rz"] = new("rz", 0, 1),
        ["p"] = new("p", 0, 1),
        ["phase"] = new("p", 0, 1),
        ["u1"] = new("p", 0, 1),
        ["u2"] = new("u2", 0, 2),
        ["u3"] = new("u3", 0, 3),
        ["u"] = new("u3", 0, 3),
        ["U"] = new("u3", 0, 3),
        ["cx"] = new("x", 1, 0),
        ["CX"] = new("x", 1, 0),
        ["cnot"] = new("x", 1, 0),
        ["cy"] = new("y", 1, 0),
        ["cz"] = new("z", 1, 0),
        ["ch"] = new("h", 1, 0),
        ["csx"] = new("sx", 1, 0),
        ["crx"] = new("rx", 1, 1),
        ["cry"] = new("ry", 1, 1),
        ["crz"] = new("rz", 1, 1),
        ["cp"] = new("p", 1, 1),
        ["cphase"] = new("p", 1, 1),
        ["cu1"] = new("p", 1, 1),
        ["cu3"] = new("u3", 1, 3),
        ["cu"] = new("cu", 1, 4),
        ["ccx"] = new("x", 2, 0),
        ["toffoli"] = new("x", 2, 0),
        ["c3x"] = new("x", 3, 0),
        ["swap"] = new("swap", 0, 0),
        ["cswap"] = new("swap", 1, 0),
        ["fredkin"] = new("swap", 1, 0),
        ["rxx"] = new("rxx", 0, 1),
        ["ryy"] = new("ryy", 0, 1),
        ["rzz"] = new("rzz", 0, 1),
    };

    public static Definition? Find(string name) => Library.GetValueOrDefault(name);

    /// <summary>The qubits a base gate acts on besides its controls.</summary>
    public static int Targets(string baseGate) => baseGate is "swap" or "rxx" or "ryy" or "rzz" ? 2 : 1;

    /// <summary>Applies the gate, with <paramref name="controls"/> from the gate's own name and from ctrl @ modifiers.</summary>
    public static void Apply(StateVector state, string baseGate, double[] parameters, int[] targets, int[] controls, bool inverse)
    {
        switch (baseGate)
        {
            case "swap":
                state.Swap(targets[0], targets[1], controls);
                return;
            case "rxx" or "ryy" or "rzz":
                state.TwoQubitRotation(baseGate[1], inverse ? -parameters[0] : parameters[0], targets[0], targets[1]);
                return;
        }
        var (a, b, c, d) = Matrix(baseGate, parameters);
        if (inverse) (a, b, c, d) = (Complex.Conjugate(a), Complex.Conjugate(c), Complex.Conjugate(b), Complex.Conjugate(d));
        state.Apply(a, b, c, d, targets[0], controls);
    }

    /// <summary>The 2×2 matrix of a one-qubit gate of qelib1/stdgates, by name and parameters (the IonQ path's gates too).</summary>
    internal static (Complex, Complex, Complex, Complex) Matrix(string gate, double[] p)
    {
        var h = 1 / Math.Sqrt(2);
        var i = Complex.ImaginaryOne;
        return gate switch
        {
            "id" => (1, 0, 0, 1),
            "x" => (0, 1, 1, 0),
            "y" => (0, -i, i, 0),
            "z" => (1, 0, 0, -1),
            "h" => (h, h, h, -h),
            "s" => (1, 0, 0, i),
            "sdg" => (1, 0, 0, -i),
            "t" => (1, 0, 0, Complex.FromPolarCoordinates(1, Math.PI / 4)),
            "tdg" => (1, 0, 0, Complex.FromPolarCoordinates(1, -Math.PI / 4)),
            "sx" => ((1 + i) / 2, (1 - i) / 2, (1 - i) / 2, (1 + i) / 2),
            "sxdg" => ((1 - i) / 2, (1 + i) / 2, (1 + i) / 2, (1 - i) / 2),
            "rx" => (Math.Cos(p[0] / 2), -i * Math.Sin(p[0] / 2), -i * Math.Sin(p[0] / 2), Math.Cos(p[0] / 2)),
            "ry" => (Math.Cos(p[0] / 2), -Math.Sin(p[0] / 2), Math.Sin(p[0] / 2), Math.Cos(p[0] / 2)),
            "rz" => (Complex.FromPolarCoordinates(1, -p[0] / 2), 0, 0, Complex.FromPolarCoordinates(1, p[0] / 2)),
            "p" => (1, 0, 0, Complex.FromPolarCoordinates(1, p[0])),
            "u2" => U3(Math.PI / 2, p[0], p[1]),
            "u3" => U3(p[0], p[1], p[2]),
            "cu" => Scaled(U3(p[0], p[1], p[2]), Complex.FromPolarCoordinates(1, p[3])),
            _ => throw new InvalidOperationException("unreachable gate " + gate),
        };
    }

    static (Complex, Complex, Complex, Complex) U3(double theta, double phi, double lambda) =>
        (Math.Cos(theta / 2), -Complex.FromPolarCoordinates(Math.Sin(theta / 2), lambda),
            Complex.FromPolarCoordinates(Math.Sin(theta / 2), phi), Complex.FromPolarCoordinates(Math.Cos(theta / 2), phi + lambda));

    static (Complex, Complex, Complex, Complex) Scaled((Complex A, Complex B, Complex C, Complex D) m, Complex by) =>
        (m.A * by, m.B * by, m.C * by, m.D * by);
}
