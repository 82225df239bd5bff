using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class Configuration
{
    [JsonPropertyName("gates")] public List<Gate>? Gates { get; set; }
    [JsonPropertyName("operations")] public TextList? Operations { get; set; }
    [JsonPropertyName("qubit_count")] public int? QubitCount { get; set; }
    [JsonPropertyName("connectivity")] public Connectivity? Connectivity { get; set; }
    [JsonPropertyName("shots_range")] public ShotsRange? ShotsRange { get; set; }
    [JsonPropertyName("supported_input_formats")] public List<JobInputFormat>? SupportedInputFormats { get; set; }
    [JsonPropertyName("output_format")] public string? OutputFormat { get; set; }
    [JsonPropertyName("memory_result_supported")] public bool? MemoryResultSupported { get; set; }
    [JsonPropertyName("photonic_properties")] public PhotonicProperties? PhotonicProperties { get; set; }
    [JsonPropertyName("qubits")] public List<Qubit>? Qubits { get; set; }
    [JsonPropertyName("instructions")] public TextList? Instructions { get; set; }
    [JsonPropertyName("options"), JsonConverter(typeof(JsonPlainValue))] public object? Options { get; set; }

    /// <summary>What a list view of a backend shows: "34 qubits; gates h, x, rz, cnot".</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (QubitCount is { } qubits) parts.Add($"{qubits} qubits");
        if (Gates is { Count: > 0 } gates) parts.Add("gates " + string.Join(", ", gates));
        else if (Operations is { Count: > 0 } operations) parts.Add("operations " + string.Join(", ", operations));
        return string.Join("; ", parts);
    }
}

public sealed class Gate
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("native_gate")] public bool? NativeGate { get; set; }

    public override string ToString() => Name ?? "";
}

public sealed class Qubit
{
    [JsonPropertyName("id")] public string? Id { get; set; }

    public override string ToString() => Id ?? "";
}

public sealed class Connectivity
{
    [JsonPropertyName("fully_connected")] public bool? FullyConnected { get; set; }
    [JsonPropertyName("graph")] public Dictionary<string, List<string>>? Graph { get; set; }

    public override string ToString() => FullyConnected == true ? "fully connected" : $"{Graph?.Count ?? 0} qubits in the graph";
}

public sealed class ShotsRange
{
    [JsonPropertyName("min")] public int? Min { get; set; }
    [JsonPropertyName("max")] public int? Max { get; set; }

    public override string ToString() => $"{Min}-{Max}";
}

public sealed class PhotonicProperties
{
    [JsonPropertyName("max_modes")] public int? MaxModes { get; set; }
    [JsonPropertyName("min_modes")] public int? MinModes { get; set; }
    [JsonPropertyName("max_photons")] public int? MaxPhotons { get; set; }
    [JsonPropertyName("min_photons")] public int? MinPhotons { get; set; }

    public override string ToString() => $"modes {MinModes}-{MaxModes}, photons {MinPhotons}-{MaxPhotons}";
}
