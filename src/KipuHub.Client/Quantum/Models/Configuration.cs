using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

public sealed class Configuration
{
    [JsonPropertyName("gates")] public List<Gate>? Gates { get; set; }
    [JsonPropertyName("operations")] public List<string>? Operations { get; set; }
    [JsonPropertyName("qubit_count")] public int? QubitCount { get; set; }
    [JsonPropertyName("connectivity")] public Connectivity? Connectivity { get; set; }
    [JsonPropertyName("shots_range")] public ShotsRange? ShotsRange { get; set; }
    [JsonPropertyName("supported_input_formats")] public List<JobInputFormat>? SupportedInputFormats { get; set; }
    [JsonPropertyName("output_format")] public OutputFormat? OutputFormat { get; set; }
    [JsonPropertyName("memory_result_supported")] public bool? MemoryResultSupported { get; set; }
    [JsonPropertyName("photonic_properties")] public PhotonicProperties? PhotonicProperties { get; set; }
    [JsonPropertyName("qubits")] public List<Qubit>? Qubits { get; set; }
    [JsonPropertyName("instructions")] public List<string>? Instructions { get; set; }
    [JsonPropertyName("options"), JsonConverter(typeof(JsonPlainValue))] public object? Options { get; set; }
}

public sealed class Gate
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("native_gate")] public bool? NativeGate { get; set; }
}

public sealed class Qubit
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}

public sealed class Connectivity
{
    [JsonPropertyName("fully_connected")] public bool? FullyConnected { get; set; }
    [JsonPropertyName("graph")] public Dictionary<string, List<string>>? Graph { get; set; }
}

public sealed class ShotsRange
{
    [JsonPropertyName("min")] public int? Min { get; set; }
    [JsonPropertyName("max")] public int? Max { get; set; }
}

public sealed class PhotonicProperties
{
    [JsonPropertyName("max_modes")] public int? MaxModes { get; set; }
    [JsonPropertyName("min_modes")] public int? MinModes { get; set; }
    [JsonPropertyName("max_photons")] public int? MaxPhotons { get; set; }
    [JsonPropertyName("min_photons")] public int? MinPhotons { get; set; }
}
