using System.Text.Json.Serialization;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Quantum.Models;

/// <summary>Arguments of create_job.</summary>
public sealed class CreateJobRequest
{
    public string BackendId { get; set; } = "";
    public int Shots { get; set; }
    public JobInput? Input { get; set; }
    public string? Name { get; set; }
    public JobInputFormat? InputFormat { get; set; }
    public object? InputParams { get; set; }
    public List<string>? Tags { get; set; }
    public string? SessionId { get; set; }
    public JobSdkProvider? SdkProvider { get; set; }

    /// <summary>Tag this create with kqh-request:&lt;id&gt; to find it again if its answer is lost; null follows the client's
    /// option.</summary>
    public bool? TagRequest { get; set; }

    /// <summary>The same request with one more tag; this one is left as it was.</summary>
    public CreateJobRequest WithTag(string tag) => new()
    {
        BackendId = BackendId,
        Shots = Shots,
        Input = Input,
        Name = Name,
        InputFormat = InputFormat,
        InputParams = InputParams,
        Tags = (Tags ?? new List<string>()).Append(tag).ToList(),
        SessionId = SessionId,
        SdkProvider = SdkProvider,
        TagRequest = TagRequest,
    };

    internal CreateJobBody ToWire(string? requestTag = null)
    {
        if (string.IsNullOrWhiteSpace(BackendId))
            throw new ArgumentException("A backend id is required (for example aws.sim.sv1; Get-QHubBackend lists them).",
                nameof(BackendId));
        if (Shots < 1)
            throw new ArgumentException($"Shots must be at least 1, got {Shots}.", nameof(Shots));
        if (Input is null)
            throw new ArgumentException("A job input is required.", nameof(Input));
        return new CreateJobBody
        {
            Name = Name,
            BackendId = BackendId,
            Shots = Shots,
            Input = Input.ToWire(BackendId),
            InputFormat = InputFormat ?? Input.DefaultFormat,
            InputParams = InputParams,
            Tags = requestTag is null ? Tags : (Tags ?? new List<string>()).Append(requestTag).ToList(),
            SessionId = SessionId,
            SdkProvider = SdkProvider,
        };
    }
}

/// <summary>The create_job body exactly as the wire has it (snake_case).</summary>
internal sealed class CreateJobBody
{
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("backend_id")] public string BackendId { get; set; } = "";
    [JsonPropertyName("shots")] public int Shots { get; set; }
    [JsonPropertyName("input"), JsonConverter(typeof(JsonPlainValue))] public object? Input { get; set; }
    [JsonPropertyName("input_format")] public JobInputFormat? InputFormat { get; set; }
    [JsonPropertyName("input_params"), JsonConverter(typeof(JsonPlainValue))] public object? InputParams { get; set; }
    [JsonPropertyName("tags")] public List<string>? Tags { get; set; }
    [JsonPropertyName("session_id")] public string? SessionId { get; set; }
    [JsonPropertyName("sdk_provider")] public JobSdkProvider? SdkProvider { get; set; }
}
