using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Quantum;

// The Quantum API's DTOs as the emulator sends them; EmulatorJson.SnakeCase names them (backend_id, created_at, …).

public sealed record JobWire(
    string Id, string? Name, string BackendId, string Provider, string? ProviderJobId, string? SessionId, string Status,
    int Shots, string? InputFormat, JsonNode? InputParams, List<string>? Tags, DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, long? Runtime, string? SdkProvider, JsonNode? ErrorData)
{
    public static JobWire Of(JobRecord job, DateTimeOffset now)
    {
        var status = job.Status(now);
        var started = job.StartedAt(now);
        var ended = job.EndedAt(now);
        return new JobWire(
            job.Id, job.Name, job.BackendId, job.Provider, started is null ? null : "emu-" + job.Id[..8], job.SessionId, status,
            job.Shots, job.InputFormat, job.InputParams?.DeepClone(), job.Tags, job.CreatedAt, started, ended,
            started is { } s && ended is { } e ? (long)(e - s).TotalMilliseconds : null, job.SdkProvider,
            status == JobStates.Failed ? new JsonObject { ["reason"] = job.FailureReason } : null);
    }
}

public sealed record SessionWire(
    string Id, string BackendId, string Provider, string Status, string Mode, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? ClosedAt, DateTimeOffset ExpiresAt, long UsageTimeMillis, string ProviderId, List<string>? Tags,
    JsonNode? Metadata, string? SdkProvider, bool Final, bool FinalNotAborted);

public sealed record StatusWire(string Status);

public sealed record WorkloadWire(
    string Id, string Type, string BackendId, string Provider, string Status, DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt, DateTimeOffset? EndedAt, string? SdkProvider);

public sealed record PageWire<T>(List<T> Content, int Page, int Size, long TotalElements, int TotalPages);

public sealed record CalibrationWire(string BackendId, DateTimeOffset CalibratedAt, JsonNode Calibration);

public sealed record BackendStateWire(string Status, int QueueSize, long QueueAvgTime, bool ProviderTokenValid);
