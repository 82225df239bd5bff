using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KipuHub.Emulator.Quantum.Simulation;
using KipuHub.Emulator.Quantum.Simulation.Qasm;

namespace KipuHub.Emulator.Quantum;

/// <summary>
/// What running a job yields: IonQ QIS circuits and OpenQASM 2/3 programs run on the state-vector simulator and are
/// sampled `shots` times with the job's seeded RNG; formats it cannot simulate (QPY, photonic, annealing, AHS) get a
/// deterministic synthetic result of the same shape, named "synthetic" in the result.
/// </summary>
public sealed class JobExecutor(EmulatorOptions options)
{
    // Simulations run beside the requests, never inside one, and no more at once than there are cores to spare.
    readonly SemaphoreSlim running = new(Math.Max(1, Environment.ProcessorCount - 1));

    /// <summary>Runs the job on the thread pool and stores its result; the job completes (in its status) when that is done.
    /// </summary>
    public void Start(JobRecord job, QuantumStore store)
    {
        if (job.ResultJson is not null || job.FailureReason is not null) return;
        _ = Task.Run(async () =>
        {
            await running.WaitAsync();
            try
            {
                var result = ResultFor(job);
                store.Update(job, () => job.ResultJson ??= result);
            }
            finally
            {
                running.Release();
            }
        });
    }

    /// <summary>The reason a job with this input fails when it runs, or null when it runs fine.</summary>
    public string? FailureFor(JsonNode? input, BackendEntry backend)
    {
        int qubits;
        if (QasmSource.Find(input) is { } source)
        {
            try
            {
                qubits = QasmProgram.Parse(source).Qubits;
            }
            catch (QasmException e)
            {
                return "Invalid OpenQASM: " + e.Message;
            }
        }
        else if (IqmCircuit.LooksLikeOne(input))
        {
            var circuit = IqmCircuit.Parse(input!, out var failure);
            if (failure is not null) return "Invalid input: " + failure;
            qubits = circuit.Qubits;
        }
        else if (IonqCircuit.LooksLikeOne(input))
        {
            var circuit = IonqCircuit.Parse(input!, out var failure);
            if (failure is not null) return "Invalid input: " + failure;
            qubits = circuit.Qubits;
        }
        else return null;
        if (backend.QubitCount > 0 && qubits > backend.QubitCount)
            return $"Invalid input: the circuit needs {qubits} qubits, {backend.Id} has {backend.QubitCount}.";
        if (qubits > options.MaxSimulatedQubits)
            return $"The emulator simulates up to {options.MaxSimulatedQubits} qubits; the circuit has {qubits}.";
        return null;
    }

    public string ResultFor(JobRecord job)
    {
        if (job.FailureReason is not null)
            return new JsonObject { ["job_id"] = job.Id, ["status"] = "FAILED", ["error"] = job.FailureReason }.ToJsonString();
        var random = new Random(job.Seed);
        var input = JsonNode.Parse(job.InputJson);
        SortedDictionary<string, int> counts;
        int qubits;
        string method;
        var bitOrder = "qubit 0 leftmost";
        if (QasmSource.Find(input) is { } source)
        {
            var program = QasmProgram.Parse(source);
            qubits = program.Qubits;
            counts = QasmCounts.Of(program, program.Run().Sample(job.Shots, random));
            method = "statevector";
            bitOrder = program.Measurements.Count > 0 ? "classical bit 0 leftmost" : "qubit 0 leftmost (no measure: every qubit)";
        }
        else if (IqmCircuit.LooksLikeOne(input))
        {
            var circuit = IqmCircuit.Parse(input!, out _);
            qubits = circuit.Qubits;
            counts = circuit.Run().Sample(job.Shots, random);
            method = "statevector";
            bitOrder = $"qubit 0 leftmost ({string.Join(", ", circuit.QubitNames)})";
        }
        else if (IonqCircuit.LooksLikeOne(input))
        {
            var circuit = IonqCircuit.Parse(input!, out _);
            qubits = circuit.Qubits;
            counts = circuit.Run().Sample(job.Shots, random);
            method = "statevector";
        }
        else
        {
            qubits = SyntheticQubits(input, job.InputParams);
            counts = Synthetic(qubits, job.Shots, random);
            method = "synthetic";
        }
        var countsNode = new JsonObject();
        var probabilities = new JsonObject();
        foreach (var (bits, n) in counts)
        {
            countsNode[bits] = n;
            probabilities[bits] = Math.Round((double)n / job.Shots, 6);
        }
        var result = new JsonObject
        {
            ["job_id"] = job.Id,
            ["backend_id"] = job.BackendId,
            ["shots"] = job.Shots,
            ["qubits"] = qubits,
            ["counts"] = countsNode,
            ["probabilities"] = probabilities,
            ["bit_order"] = bitOrder,
            ["simulation"] = method,
        };
        return result.ToJsonString();
    }

    static int SyntheticQubits(JsonNode? input, JsonNode? inputParams)
    {
        if (inputParams?["qubit_count"] is JsonValue v && v.TryGetValue<double>(out var n) && n >= 1) return (int)Math.Min(n, 16);
        var text = input is JsonObject o ? (o["value"] ?? o["qasm"] ?? o["circuit"])?.ToString() : input?.ToString();
        var declared = Regex.Match(text ?? "", @"qu?bit\s*\[\s*(\d+)\s*\]|qreg\s+\w+\s*\[\s*(\d+)\s*\]");
        if (declared.Success && int.TryParse(declared.Groups[1].Success ? declared.Groups[1].Value : declared.Groups[2].Value, out var q)
            && q >= 1)
            return Math.Min(q, 16);
        return 2;
    }

    /// <summary>Shots spread over a few bitstrings chosen from the seed: the right shape, no physics.</summary>
    static SortedDictionary<string, int> Synthetic(int qubits, int shots, Random random)
    {
        var outcomes = Enumerable.Range(0, Math.Min(4, 1 << Math.Min(qubits, 16)))
            .Select(_ => new string(Enumerable.Range(0, qubits).Select(_ => random.Next(2) == 0 ? '0' : '1').ToArray()))
            .Distinct()
            .ToList();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var shot = 0; shot < shots; shot++)
        {
            var key = outcomes[random.Next(outcomes.Count)];
            counts[key] = counts.TryGetValue(key, out var c) ? c + 1 : 1;
        }
        return counts;
    }
}
