namespace KipuHub.Emulator.Quantum.Simulation.Qasm;

/// <summary>One token of an OpenQASM program and the line it is on, for messages that point at it.</summary>
public readonly record struct QasmToken(string Text, int Line, bool IsNumber = false, bool IsString = false)
{
    public override string ToString() => IsString ? $"\"{Text}\"" : Text;
}

/// <summary>Why a program cannot be run, naming the line and the token, as a compiler would.</summary>
public sealed class QasmException(int line, string message) : Exception($"line {line}: {message}")
{
    public int Line { get; } = line;
}
