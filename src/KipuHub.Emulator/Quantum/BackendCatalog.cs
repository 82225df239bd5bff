using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum;

/// <summary>
/// The backends the emulator offers, from a JSON seed (the built-in Data/backends.json or a user's file):
/// Backend objects in the Hub's wire format, each with an optional "emulator" section (session support,
/// calibration history, native config) that is never sent to clients.
/// </summary>
public sealed class BackendCatalog
{
    readonly List<BackendEntry> entries;

    BackendCatalog(List<BackendEntry> entries)
    {
        this.entries = entries;
    }

    public IReadOnlyList<BackendEntry> All => entries;

    public BackendEntry? Find(string id) => entries.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.OrdinalIgnoreCase));

    public static BackendCatalog Load(string? seedFile)
    {
        string json;
        if (seedFile is null)
        {
            using var stream = typeof(BackendCatalog).Assembly.GetManifestResourceStream("KipuHub.Emulator.backends.json")!;
            json = new StreamReader(stream).ReadToEnd();
        }
        else
        {
            json = File.ReadAllText(seedFile);
        }
        var array = JsonNode.Parse(json) as JsonArray
            ?? throw new InvalidDataException("The backend seed must be a JSON array of Backend objects.");
        var entries = new List<BackendEntry>();
        foreach (var node in array)
        {
            if (node is not JsonObject backend || backend["id"]?.GetValue<string>() is not { Length: > 0 } id)
                throw new InvalidDataException("Every backend in the seed needs an \"id\".");
            entries.Add(new BackendEntry(id, backend));
        }
        return new BackendCatalog(entries);
    }
}

/// <summary>One backend: its wire object and what the emulator needs to know about it.</summary>
public sealed class BackendEntry
{
    readonly JsonObject seed;

    public BackendEntry(string id, JsonObject seed)
    {
        Id = id;
        this.seed = seed;
    }

    public string Id { get; }
    public string Provider => Text("provider") ?? "UNKNOWN";
    public string Status => Text("status") ?? "UNKNOWN";
    public int QueueSize => seed["queue_size"]?.GetValue<int>() ?? 0;
    public int QubitCount => seed["configuration"]?["qubit_count"]?.GetValue<int>() ?? 0;
    public bool SupportsSessions => Emulator?["sessions"]?.GetValue<bool>() ?? false;
    public int MaxShots => seed["configuration"]?["shots_range"]?["max"]?.GetValue<int>() ?? 100_000;
    public int MinShots => seed["configuration"]?["shots_range"]?["min"]?.GetValue<int>() ?? 1;

    /// <summary>The input formats the backend takes; empty when the seed names none.</summary>
    public IReadOnlyList<string> SupportedInputFormats =>
        (seed["configuration"]?["supported_input_formats"] as JsonArray)?.Select(f => f?.ToString() ?? "").ToList() ?? new List<string>();

    /// <summary>The backend's prices (the seed's costs): granularity, currency and value.</summary>
    public IEnumerable<(string Granularity, string Currency, decimal Value)> Costs =>
        (seed["costs"] as JsonArray)?.OfType<JsonObject>()
            .Select(c => ((string?)c["granularity"] ?? "", (string?)c["currency"] ?? "USD", c["value"]?.GetValue<decimal>() ?? 0m))
        ?? Enumerable.Empty<(string, string, decimal)>();

    JsonObject? Emulator => seed["emulator"] as JsonObject;

    /// <summary>The Backend object as the Hub sends it.</summary>
    public JsonObject Wire()
    {
        var copy = (JsonObject)seed.DeepClone();
        copy.Remove("emulator");
        return copy;
    }

    /// <summary>The provider-native configuration: the seed's emulator.config, else the configuration object.</summary>
    public JsonNode Config() => (Emulator?["config"] ?? seed["configuration"] ?? new JsonObject()).DeepClone();

    /// <summary>Calibration snapshots, oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset At, JsonNode Calibration)> Calibrations() =>
        (Emulator?["calibrations"] as JsonArray ?? new JsonArray())
            .OfType<JsonObject>()
            .Select(c => (DateTimeOffset.Parse(c["calibrated_at"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture),
                c["calibration"]!.DeepClone()))
            .OrderBy(c => c.Item1)
            .ToList();

    string? Text(string name) => seed[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
