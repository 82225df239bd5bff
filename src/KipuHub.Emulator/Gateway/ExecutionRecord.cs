using System.Text.Json.Nodes;

namespace KipuHub.Emulator.Gateway;

/// <summary>A managed-service execution: PENDING → RUNNING → SUCCEEDED or FAILED, CANCELLED on request.</summary>
public sealed class ExecutionRecord
{
    public required string Id { get; init; }
    public required string Service { get; init; }
    public required string Client { get; init; }
    public required string InputJson { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public DateTimeOffset? CancelledAt { get; set; }

    /// <summary>An input with "fail": true makes the execution fail, for testing error paths. Read once, at start.</summary>
    public required bool Fails { get; init; }

    public static bool AsksToFail(JsonObject input) => input["fail"] is JsonValue v && v.TryGetValue<bool>(out var fail) && fail;

    public string Status(DateTimeOffset now)
    {
        if (CancelledAt is { } cancelled && now >= cancelled) return "CANCELLED";
        if (now < StartsAt) return "PENDING";
        if (now < EndsAt) return "RUNNING";
        return Fails ? "FAILED" : "SUCCEEDED";
    }

    public static bool IsFinal(string status) => status is "SUCCEEDED" or "FAILED" or "CANCELLED";

    public DateTimeOffset? StartedAt(DateTimeOffset now) => now >= StartsAt && (CancelledAt is null || CancelledAt > StartsAt) ? StartsAt :
        null;

    public DateTimeOffset? EndedAt(DateTimeOffset now) => Status(now) switch
    {
        "CANCELLED" => CancelledAt,
        "SUCCEEDED" or "FAILED" => EndsAt,
        _ => null,
    };

    /// <summary>The files of the result, by name.</summary>
    public IReadOnlyDictionary<string, string> Files() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["output.json"] = new JsonObject
        {
            ["execution_id"] = Id,
            ["input"] = JsonNode.Parse(InputJson),
            ["message"] = "Processed by the KipuHub emulator."
        }.ToJsonString(),
        ["summary.txt"] = $"Execution {Id} of {Service} processed {InputJson.Length} bytes of input.\n",
    };

    public IEnumerable<(string Severity, string Message, DateTimeOffset At)> Log(DateTimeOffset now)
    {
        yield return ("INFO", "Execution accepted.", CreatedAt);
        var status = Status(now);
        if (StartedAt(now) is { } started) yield return ("INFO", "Execution started.", started);
        if (status == "FAILED") yield return ("ERROR", "The service failed: the input asked it to (\"fail\": true).", EndsAt);
        if (status == "SUCCEEDED") yield return ("INFO", "Execution finished; 3 result files written.", EndsAt);
        if (status == "CANCELLED") yield return ("WARNING", "Execution cancelled.", CancelledAt!.Value);
    }
}
