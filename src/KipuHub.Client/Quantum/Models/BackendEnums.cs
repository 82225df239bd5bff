using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

/// <summary>BackendStatus and BackendStateInfoStatus.</summary>
public sealed class BackendStatus(string value) : StringEnum<BackendStatus>(value)
{
    public static readonly BackendStatus Unknown = new("UNKNOWN");
    public static readonly BackendStatus Online = new("ONLINE");
    public static readonly BackendStatus Paused = new("PAUSED");
    public static readonly BackendStatus Offline = new("OFFLINE");
    public static readonly BackendStatus Retired = new("RETIRED");
}

public sealed class BackendType(string value) : StringEnum<BackendType>(value)
{
    public static readonly BackendType Qpu = new("QPU");
    public static readonly BackendType Simulator = new("SIMULATOR");
    public static readonly BackendType Annealer = new("ANNEALER");
    public static readonly BackendType Unknown = new("UNKNOWN");
}

public sealed class BackendTechnology(string value) : StringEnum<BackendTechnology>(value)
{
    public static readonly BackendTechnology Superconducting = new("SUPERCONDUCTING");
    public static readonly BackendTechnology TrappedIon = new("TRAPPED_ION");
    public static readonly BackendTechnology Photonic = new("PHOTONIC");
    public static readonly BackendTechnology NeutralAtoms = new("NEUTRAL_ATOMS");
    public static readonly BackendTechnology Unknown = new("UNKNOWN");
}

public sealed class BackendAccessType(string value) : StringEnum<BackendAccessType>(value)
{
    public static readonly BackendAccessType PayPerUse = new("PAY_PER_USE");
    public static readonly BackendAccessType TokenBased = new("TOKEN_BASED");
}

public sealed class HardwareProvider(string value) : StringEnum<HardwareProvider>(value)
{
    public static readonly HardwareProvider IonQ = new("IONQ");
    public static readonly HardwareProvider Rigetti = new("RIGETTI");
    public static readonly HardwareProvider Oqc = new("OQC");
    public static readonly HardwareProvider Aws = new("AWS");
    public static readonly HardwareProvider Azure = new("AZURE");
    public static readonly HardwareProvider Ibm = new("IBM");
    public static readonly HardwareProvider DWave = new("DWAVE");
    public static readonly HardwareProvider QRyd = new("QRYD");
    public static readonly HardwareProvider QuEra = new("QUERA");
    public static readonly HardwareProvider Iqm = new("IQM");
    public static readonly HardwareProvider Qudora = new("QUDORA");
    public static readonly HardwareProvider Quantinuum = new("QUANTINUUM");
    public static readonly HardwareProvider Quandela = new("QUANDELA");
    public static readonly HardwareProvider Kipu = new("KIPU");
}

public sealed class OutputFormat(string value) : StringEnum<OutputFormat>(value)
{
    public static readonly OutputFormat MicrosoftQuantumResultsV2 = new("MICROSOFT_QUANTUM_RESULTS_V2");
    public static readonly OutputFormat IonqResultV1 = new("IONQ_RESULT_V1");
}

/// <summary>Values contain spaces and digits on the wire ("1-Qubit Gate Shot").</summary>
public sealed class CostGranularity(string value) : StringEnum<CostGranularity>(value)
{
    public static readonly CostGranularity Shot = new("shot");
    public static readonly CostGranularity Job = new("job");
    public static readonly CostGranularity OneQubitGateShot = new("1-Qubit Gate Shot");
    public static readonly CostGranularity TwoQubitGateShot = new("2-Qubit Gate Shot");
    public static readonly CostGranularity Minute = new("minute");
    public static readonly CostGranularity Second = new("second");
    public static readonly CostGranularity Millisecond = new("millisecond");
}

public sealed class DocumentationSdk(string value) : StringEnum<DocumentationSdk>(value)
{
    public static readonly DocumentationSdk Planqk = new("PLANQK");
    public static readonly DocumentationSdk PennyLane = new("PENNYLANE");
    public static readonly DocumentationSdk Qiskit = new("QISKIT");
    public static readonly DocumentationSdk QiskitRuntime = new("QISKIT_RUNTIME");
    public static readonly DocumentationSdk DWave = new("DWAVE");
    public static readonly DocumentationSdk Qoqo = new("QOQO");
    public static readonly DocumentationSdk Perceval = new("PERCEVAL");
}
