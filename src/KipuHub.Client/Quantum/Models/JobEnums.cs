using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class JobStatus(string value) : StringEnum<JobStatus>(value)
{
    public static readonly JobStatus Unknown = new("UNKNOWN");
    public static readonly JobStatus Pending = new("PENDING");
    public static readonly JobStatus Running = new("RUNNING");
    public static readonly JobStatus Completed = new("COMPLETED");
    public static readonly JobStatus Failed = new("FAILED");
    public static readonly JobStatus Cancelling = new("CANCELLING");
    public static readonly JobStatus Cancelled = new("CANCELLED");
    public static readonly JobStatus Aborted = new("ABORTED");

    /// <summary>COMPLETED, FAILED, ABORTED and CANCELLED: the job will not change any more.</summary>
    public bool IsTerminal => this == Completed || this == Failed || this == Aborted || this == Cancelled;

    /// <summary>FAILED or ABORTED: terminal without a usable result.</summary>
    public bool IsFailure => this == Failed || this == Aborted;
}

/// <summary>JobProvider, SessionProvider, BackendProvider and WorkloadResponseProvider share these values.</summary>
public sealed class Provider(string value) : StringEnum<Provider>(value)
{
    public static readonly Provider Azure = new("AZURE");
    public static readonly Provider Aws = new("AWS");
    public static readonly Provider Ibm = new("IBM");
    public static readonly Provider IbmCloud = new("IBM_CLOUD");
    public static readonly Provider DWave = new("DWAVE");
    public static readonly Provider TSystems = new("TSYSTEMS");
    public static readonly Provider QRyd = new("QRYD");
    public static readonly Provider Qudora = new("QUDORA");
    public static readonly Provider Quandela = new("QUANDELA");
    public static readonly Provider Iqm = new("IQM");
    public static readonly Provider Kipu = new("KIPU");
}

public sealed class JobSdkProvider(string value) : StringEnum<JobSdkProvider>(value)
{
    public static readonly JobSdkProvider Qiskit = new("QISKIT");
    public static readonly JobSdkProvider Braket = new("BRAKET");
    public static readonly JobSdkProvider Perceval = new("PERCEVAL");
    public static readonly JobSdkProvider Client = new("CLIENT");
}

public sealed class JobInputFormat(string value) : StringEnum<JobInputFormat>(value)
{
    public static readonly JobInputFormat OpenQasmV1 = new("OPEN_QASM_V1");
    public static readonly JobInputFormat OpenQasmV2 = new("OPEN_QASM_V2");
    public static readonly JobInputFormat OpenQasmV3 = new("OPEN_QASM_V3");
    public static readonly JobInputFormat QirV1 = new("QIR_V1");
    public static readonly JobInputFormat BraketOpenQasmV3 = new("BRAKET_OPEN_QASM_V3");
    public static readonly JobInputFormat BraketAhsProgram = new("BRAKET_AHS_PROGRAM");
    public static readonly JobInputFormat IonqCircuitV1 = new("IONQ_CIRCUIT_V1");
    public static readonly JobInputFormat Qiskit = new("QISKIT");
    public static readonly JobInputFormat QiskitQpy = new("QISKIT_QPY");
    public static readonly JobInputFormat Qoqo = new("QOQO");
    public static readonly JobInputFormat Perceval = new("PERCEVAL");
    public static readonly JobInputFormat IqmJobInputV1 = new("IQM_JOB_INPUT_V1");
}

public sealed class WorkloadType(string value) : StringEnum<WorkloadType>(value)
{
    public static readonly WorkloadType Job = new("JOB");
    public static readonly WorkloadType Session = new("SESSION");
}
