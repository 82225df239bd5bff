namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>
/// Counts keyed by the program's classical bits, bit 0 leftmost, from samples of every qubit (qubit 0 leftmost). A bit no
/// measurement writes reads 0; a program without a measurement is measured whole, as Braket does.
/// </summary>
public static class QasmCounts
{
    public static SortedDictionary<string, int> Of(QasmProgram program, SortedDictionary<string, int> qubitSamples)
    {
        if (program.Measurements.Count == 0) return qubitSamples;
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (sample, n) in qubitSamples)
        {
            var bits = new string('0', program.Bits).ToCharArray();
            foreach (var (qubit, bit) in program.Measurements) bits[bit] = sample[qubit];
            var key = new string(bits);
            counts[key] = counts.TryGetValue(key, out var c) ? c + n : n;
        }
        return counts;
    }
}
