using KipuHub.Client.Quantum.Models;

namespace KipuHub.Tests.Unit.Support;

public static class Circuits
{
    public static AzureIonqJobInput Bell() => new()
    {
        Qubits = 2,
        Circuit =
        {
            new IonqGate { Type = "h", Targets = { 0 } },
            new IonqGate { Type = "cnot", Controls = new() { 0 }, Targets = { 1 } },
        },
    };

    /// <summary>The Bell pair in OpenQASM 2, for backends that do not take IonQ JSON (gate-priced iqm.emerald).</summary>
    public static QudoraJobInput BellQasm() =>
        new("OPENQASM 2.0; include \"qelib1.inc\"; qreg q[2]; creg c[2]; h q[0]; cx q[0],q[1]; measure q -> c;");

    public static AzureIonqJobInput Ghz(int qubits)
    {
        var input = new AzureIonqJobInput { Qubits = qubits, Circuit = { new IonqGate { Type = "h", Targets = { 0 } } } };
        for (var q = 1; q < qubits; q++) input.Circuit.Add(new IonqGate { Type = "cnot", Controls = new() { q - 1 }, Targets = { q } });
        return input;
    }

    public static CreateJobRequest Job(JobInput input, int shots = 1000, string backend = "aws.sim.sv1", string? name = null, string? session = null) =>
        new() { BackendId = backend, Shots = shots, Input = input, Name = name, SessionId = session };
}
