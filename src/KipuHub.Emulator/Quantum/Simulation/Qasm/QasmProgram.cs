using System.Globalization;

namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>
/// An OpenQASM 2.0 or 3 program, checked and run on a state vector: registers (qreg/creg, qubit[n]/bit[n], physical $n),
/// the gates of qelib1.inc and stdgates.inc with ctrl @ and inv @, barrier, and measurements at the end. What it cannot
/// run (custom gates, classical control, a gate after a measurement) is refused with the line, never approximated.
/// </summary>
public sealed class QasmProgram
{
    public sealed record Operation(string Base, double[] Parameters, int[] Targets, int[] Controls, bool Inverse);

    readonly Dictionary<string, (int Offset, int Size)> quantum = new(StringComparer.Ordinal);
    readonly Dictionary<string, (int Offset, int Size)> classical = new(StringComparer.Ordinal);
    readonly HashSet<int> measured = new();
    int physical = -1;

    public int Version { get; private set; } = 3;
    public int Qubits { get; private set; }
    public int Bits { get; private set; }
    public List<Operation> Operations { get; } = new();

    /// <summary>Qubit → classical bit, in the order measured.</summary>
    public List<(int Qubit, int Bit)> Measurements { get; } = new();

    public static QasmProgram Parse(string source)
    {
        var program = new QasmProgram();
        var tokens = QasmLexer.Tokens(source);
        var start = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Text == "{" && !tokens[i].IsString)
                throw new QasmException(tokens[i].Line, $"'{tokens[start]}' with a block: custom gates, subroutines and control flow " +
                    "are not simulated by the emulator.");
            if (tokens[i].Text != ";" || tokens[i].IsString) continue;
            if (i > start) program.Statement(tokens.GetRange(start, i - start));
            start = i + 1;
        }
        if (start < tokens.Count) throw new QasmException(tokens[^1].Line, $"'{tokens[^1]}': a statement ends without ';'.");
        program.Qubits = Math.Max(program.Qubits, program.physical + 1);
        if (program.Qubits == 0) throw new QasmException(1, "the program declares no qubits (qreg q[n]; or qubit[n] q;).");
        return program;
    }

    /// <summary>The state after every gate, before the measurements.</summary>
    public StateVector Run()
    {
        var state = new StateVector(Qubits);
        foreach (var o in Operations) QasmGates.Apply(state, o.Base, o.Parameters, o.Targets, o.Controls, o.Inverse);
        return state;
    }

    void Statement(List<QasmToken> s)
    {
        var head = s[0];
        switch (head.Text)
        {
            case "OPENQASM":
                Version = s.Count > 1 && s[1].Text.StartsWith('2') ? 2 : 3;
                return;
            case "include":
                if (s.Count != 2 || !s[1].IsString || s[1].Text is not ("qelib1.inc" or "stdgates.inc"))
                    throw new QasmException(head.Line,
                        $"include '{(s.Count > 1 ? s[1].Text : "")}': only qelib1.inc and stdgates.inc are known.");
                return;
            case "qreg" or "creg":
                Declare(head.Text == "qreg", Word(s, 1), s.Count > 2 ? Size(s, 2) : 1, head.Line);
                return;
            case "qubit" or "bit":
                var sized = s.Count > 1 && s[1].Text == "[";
                var size = sized ? Size(s, 1) : 1;
                Declare(head.Text == "qubit", Word(s, sized ? 4 : 1), size, head.Line);
                return;
            case "barrier":
                return;
            case "measure":
                var arrow = s.FindIndex(t => t.Text == "->");
                if (arrow < 0) throw new QasmException(head.Line, "measure without '->': write measure q -> c;");
                Measure(s.GetRange(1, arrow - 1), s.GetRange(arrow + 1, s.Count - arrow - 1), head.Line);
                return;
            case "reset":
                foreach (var qubit in Operands(s.GetRange(1, s.Count - 1)).SelectMany(q => q))
                    if (Operations.Any(o => o.Targets.Contains(qubit) || o.Controls.Contains(qubit)))
                        throw new QasmException(head.Line, "reset after a gate is not simulated; a qubit starts in |0>.");
                return;
        }
        var assign = s.FindIndex(t => t.Text == "=");
        if (assign > 0 && assign + 1 < s.Count && s[assign + 1].Text == "measure")
        {
            Measure(s.GetRange(assign + 2, s.Count - assign - 2), s.GetRange(0, assign), head.Line);
            return;
        }
        if (head.Text is "input" or "output" or "const" or "int" or "uint" or "float" or "angle" or "bool" or "if" or "for" or "while" or
            "def" or "gate" or "opaque" or "let" or "delay" or "box" or "cal" or "defcal")
            throw new QasmException(head.Line,
                $"'{head}' is not simulated by the emulator: it runs gates, barriers and final measurements.");
        Gate(s);
    }

    void Gate(List<QasmToken> s)
    {
        var at = 0;
        var controls = 0;
        var inverse = false;
        while (at + 1 < s.Count && s[at].Text is "ctrl" or "inv" or "negctrl" or "pow")
        {
            var modifier = s[at++];
            var count = 1;
            if (s[at].Text == "(")
            {
                var close = s.FindIndex(at, t => t.Text == ")");
                if (close < 0) throw new QasmException(modifier.Line, $"'{modifier}(' is never closed.");
                count = (int)Math.Round(QasmExpression.Evaluate(s.GetRange(at + 1, close - at - 1)));
                at = close + 1;
            }
            if (at >= s.Count || s[at].Text != "@") throw new QasmException(modifier.Line, $"'{modifier}' without '@'.");
            at++;
            if (modifier.Text is "negctrl" or "pow")
                throw new QasmException(modifier.Line, $"the '{modifier} @' modifier is not simulated.");
            if (modifier.Text == "ctrl") controls += count;
            else inverse = !inverse;
        }
        var name = s[at++];
        if (QasmGates.Find(name.Text) is not { } gate)
            throw new QasmException(name.Line, $"unknown gate '{name}' (qelib1.inc and stdgates.inc gates only).");
        var parameters = Array.Empty<double>();
        if (at < s.Count && s[at].Text == "(")
        {
            var close = Matching(s, at);
            parameters = Split(s.GetRange(at + 1, close - at - 1)).Select(QasmExpression.Evaluate).ToArray();
            at = close + 1;
        }
        if (parameters.Length != gate.Parameters)
            throw new QasmException(name.Line, $"'{name}' takes {gate.Parameters} angle(s), got {parameters.Length}.");
        var operands = Operands(s.GetRange(at, s.Count - at));
        var arity = controls + gate.Controls + QasmGates.Targets(gate.Base);
        if (operands.Count != arity) throw new QasmException(name.Line, $"'{name}' acts on {arity} qubit(s), got {operands.Count}.");
        if (controls > 0 && gate.Base is "rxx" or "ryy" or "rzz")
            throw new QasmException(name.Line, $"ctrl @ {name} is not simulated.");
        var width = operands.Max(o => o.Length);
        if (operands.Any(o => o.Length != 1 && o.Length != width))
            throw new QasmException(name.Line, $"'{name}' on registers of different sizes.");
        for (var k = 0; k < width; k++)
        {
            var qubits = operands.Select(o => o.Length == 1 ? o[0] : o[k]).ToArray();
            if (qubits.Distinct().Count() != qubits.Length) throw new QasmException(name.Line, $"'{name}' uses a qubit twice.");
            if (qubits.Where(measured.Contains).Select(q => (int?)q).FirstOrDefault() is { } again)
                throw new QasmException(name.Line, $"'{name}' after qubit {again} was measured: mid-circuit measurement is not simulated.");
            var allControls = qubits[..(controls + gate.Controls)];
            Operations.Add(new Operation(gate.Base, parameters, qubits[(controls + gate.Controls)..], allControls, inverse));
        }
    }

    void Measure(List<QasmToken> qubitTokens, List<QasmToken> bitTokens, int line)
    {
        var qubits = Operands(qubitTokens);
        var bits = Operand(bitTokens, classical, line, "bit");
        if (qubits.Count != 1 || qubits[0].Length != bits.Length)
            throw new QasmException(line, $"measure of {qubits.Sum(q => q.Length)} qubit(s) into {bits.Length} bit(s).");
        foreach (var (qubit, bit) in qubits[0].Zip(bits))
        {
            measured.Add(qubit);
            Measurements.RemoveAll(m => m.Bit == bit);
            Measurements.Add((qubit, bit));
        }
    }

    void Declare(bool isQuantum, QasmToken name, int size, int line)
    {
        var registers = isQuantum ? quantum : classical;
        if (quantum.ContainsKey(name.Text) || classical.ContainsKey(name.Text))
            throw new QasmException(line, $"'{name}' is declared twice.");
        registers[name.Text] = (isQuantum ? Qubits : Bits, size);
        if (isQuantum) Qubits += size;
        else Bits += size;
    }

    /// <summary>The comma-separated operands of a statement, each the qubits it names (a whole register, or one).</summary>
    List<int[]> Operands(List<QasmToken> tokens) =>
        Split(tokens).Select(t => Operand(t, quantum, t.Count > 0 ? t[0].Line : 0, "qubit")).ToList();

    int[] Operand(List<QasmToken> t, Dictionary<string, (int Offset, int Size)> registers, int line, string kind)
    {
        if (t.Count == 0) throw new QasmException(line, $"a {kind} is missing.");
        if (t[0].Text == "$" && kind == "qubit" && t.Count == 2 && t[1].IsNumber)
        {
            var index = Index(t[1]);
            physical = Math.Max(physical, index);
            return new[] { index };
        }
        if (!registers.TryGetValue(t[0].Text, out var register))
            throw new QasmException(t[0].Line, $"'{t[0]}' is not a declared {kind} register.");
        if (t.Count == 1) return Enumerable.Range(register.Offset, register.Size).ToArray();
        if (t.Count != 4 || t[1].Text != "[" || t[3].Text != "]" || !t[2].IsNumber)
            throw new QasmException(t[0].Line, $"'{string.Join("", t)}' is not a {kind} (name or name[index]).");
        var i = Index(t[2]);
        if (i >= register.Size) throw new QasmException(t[0].Line, $"{t[0]}[{i}] is beyond {t[0]}'s {register.Size} {kind}(s).");
        return new[] { register.Offset + i };
    }

    static int Index(QasmToken token) =>
        int.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n < 64
            ? n : throw new QasmException(token.Line, $"'{token}' is not an index.");

    static int Size(List<QasmToken> s, int open)
    {
        if (s.Count < open + 3 || s[open].Text != "[" || s[open + 2].Text != "]")
            throw new QasmException(s[0].Line, $"'{s[0]}' needs a size in brackets, such as [3].");
        var size = Index(s[open + 1]);
        return size >= 1 ? size : throw new QasmException(s[0].Line, "a register has at least one bit.");
    }

    static QasmToken Word(List<QasmToken> s, int at)
    {
        var named = at < s.Count && !s[at].IsNumber && !s[at].IsString && (char.IsLetter(s[at].Text[0]) || s[at].Text[0] == '_');
        return named ? s[at] : throw new QasmException(s[0].Line, $"'{s[0]}' needs a name.");
    }

    static int Matching(List<QasmToken> s, int open)
    {
        var depth = 0;
        for (var i = open; i < s.Count; i++)
        {
            if (s[i].Text == "(") depth++;
            else if (s[i].Text == ")" && --depth == 0) return i;
        }
        throw new QasmException(s[open].Line, "'(' is never closed.");
    }

    static List<List<QasmToken>> Split(List<QasmToken> tokens)
    {
        var parts = new List<List<QasmToken>> { new() };
        var depth = 0;
        foreach (var t in tokens)
        {
            if (t.Text is "(" or "[") depth++;
            if (t.Text is ")" or "]") depth--;
            if (t.Text == "," && depth == 0) parts.Add(new List<QasmToken>());
            else parts[^1].Add(t);
        }
        return parts.Count == 1 && parts[0].Count == 0 ? new List<List<QasmToken>>() : parts;
    }
}
