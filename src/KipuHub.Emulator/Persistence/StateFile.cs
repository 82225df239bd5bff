using System.Text.Json;
using KipuHub.Emulator.Gateway;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Emulator.Persistence;

/// <summary>Keeps the emulator's state in one JSON file across restarts, written atomically (temp file + rename).</summary>
public sealed class StateFile(string path)
{
    static readonly JsonSerializerOptions Options = new() { WriteIndented = false };
    readonly object gate = new();

    sealed class Snapshot
    {
        public int Sequence { get; set; }
        public List<JobRecord> Jobs { get; set; } = new();
        public List<SessionRecord> Sessions { get; set; } = new();
        public List<ExecutionRecord> Executions { get; set; } = new();
    }

    public void Load(QuantumStore store, GatewayApi gateway)
    {
        if (!File.Exists(path)) return;
        Snapshot? snapshot;
        try
        {
            snapshot = JsonSerializer.Deserialize<Snapshot>(File.ReadAllText(path), Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The state file '{path}' is not valid ({e.Message}); move it away to start empty.", e);
        }
        if (snapshot is null) return;
        store.Restore(snapshot.Jobs, snapshot.Sessions, snapshot.Sequence);
        gateway.Restore(snapshot.Executions);
    }

    public void Save(QuantumStore store, GatewayApi gateway)
    {
        lock (gate)
        {
            var snapshot = new Snapshot
            {
                Sequence = store.Sequence,
                Jobs = store.AllJobs().ToList(),
                Sessions = store.AllSessions().ToList(),
                Executions = gateway.Executions.ToList(),
            };
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            Directory.CreateDirectory(folder);
            var temporary = Path.Combine(folder, "." + Path.GetFileName(path) + ".tmp");
            File.WriteAllText(temporary, JsonSerializer.Serialize(snapshot, Options));
            File.Move(temporary, path, overwrite: true);
        }
    }
}
