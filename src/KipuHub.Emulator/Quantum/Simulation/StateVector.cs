using System.Numerics;

namespace KipuHub.Emulator.Quantum.Simulation;

/// <summary>
/// A dense state-vector simulator. Qubit q is bit q of the basis index; bitstrings are written with
/// qubit 0 leftmost, as Braket and IonQ histograms read them.
/// </summary>
public sealed class StateVector
{
    readonly Complex[] amplitudes;

    public StateVector(int qubits)
    {
        if (qubits is < 1 or > 24) throw new ArgumentOutOfRangeException(nameof(qubits), "Between 1 and 24 qubits.");
        Qubits = qubits;
        amplitudes = new Complex[1 << qubits];
        amplitudes[0] = Complex.One;
    }

    public int Qubits { get; }

    /// <summary>Applies a 2×2 unitary [[a, b], [c, d]] to <paramref name="target"/> where every control qubit is 1.</summary>
    public void Apply(Complex a, Complex b, Complex c, Complex d, int target, IReadOnlyList<int> controls)
    {
        var targetBit = 1 << target;
        var controlMask = 0;
        foreach (var control in controls) controlMask |= 1 << control;
        for (var index = 0; index < amplitudes.Length; index++)
        {
            if ((index & targetBit) != 0 || (index & controlMask) != controlMask) continue;
            var zero = amplitudes[index];
            var one = amplitudes[index | targetBit];
            amplitudes[index] = a * zero + b * one;
            amplitudes[index | targetBit] = c * zero + d * one;
        }
    }

    public void Swap(int first, int second, IReadOnlyList<int> controls)
    {
        var controlMask = 0;
        foreach (var control in controls) controlMask |= 1 << control;
        int firstBit = 1 << first, secondBit = 1 << second;
        for (var index = 0; index < amplitudes.Length; index++)
        {
            if ((index & controlMask) != controlMask) continue;
            if ((index & firstBit) != 0 && (index & secondBit) == 0)
            {
                var partner = (index & ~firstBit) | secondBit;
                (amplitudes[index], amplitudes[partner]) = (amplitudes[partner], amplitudes[index]);
            }
        }
    }

    /// <summary>exp(-i θ/2 P⊗P) for P ∈ {X, Y, Z} on two qubits (the IonQ xx, yy, zz gates).</summary>
    public void TwoQubitRotation(char pauli, double theta, int first, int second)
    {
        var cos = Math.Cos(theta / 2);
        var minusISin = new Complex(0, -Math.Sin(theta / 2));
        int firstBit = 1 << first, secondBit = 1 << second;
        if (pauli == 'z')
        {
            for (var index = 0; index < amplitudes.Length; index++)
            {
                var parity = (((index & firstBit) != 0) ^ ((index & secondBit) != 0)) ? -1 : 1;
                amplitudes[index] *= Complex.FromPolarCoordinates(1, -parity * theta / 2);
            }
            return;
        }
        for (var index = 0; index < amplitudes.Length; index++)
        {
            if ((index & firstBit) != 0 || (index & secondBit) != 0) continue;
            int i00 = index, i01 = index | secondBit, i10 = index | firstBit, i11 = index | firstBit | secondBit;
            // P⊗P maps |00>↔|11> and |01>↔|10>; for Y the |00>↔|11> pair picks up a sign of -1.
            var outer = pauli == 'y' ? -1 : 1;
            Complex a00 = amplitudes[i00], a01 = amplitudes[i01], a10 = amplitudes[i10], a11 = amplitudes[i11];
            amplitudes[i00] = cos * a00 + minusISin * outer * a11;
            amplitudes[i11] = cos * a11 + minusISin * outer * a00;
            amplitudes[i01] = cos * a01 + minusISin * a10;
            amplitudes[i10] = cos * a10 + minusISin * a01;
        }
    }

    public double[] Probabilities() => amplitudes.Select(a => a.Real * a.Real + a.Imaginary * a.Imaginary).ToArray();

    /// <summary>Draws <paramref name="shots"/> measurements of all qubits and counts each bitstring.</summary>
    public SortedDictionary<string, int> Sample(int shots, Random random)
    {
        var probabilities = Probabilities();
        var cumulative = new double[probabilities.Length];
        double sum = 0;
        for (var i = 0; i < probabilities.Length; i++) cumulative[i] = sum += probabilities[i];
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var shot = 0; shot < shots; shot++)
        {
            var draw = random.NextDouble() * sum;
            var index = Array.BinarySearch(cumulative, draw);
            if (index < 0) index = ~index;
            index = Math.Min(index, cumulative.Length - 1);
            while (probabilities[index] == 0 && index > 0) index--;
            var key = Bitstring(index);
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;
        }
        return counts;
    }

    public string Bitstring(int index)
    {
        var chars = new char[Qubits];
        for (var q = 0; q < Qubits; q++) chars[q] = (index & (1 << q)) != 0 ? '1' : '0';
        return new string(chars);
    }
}
