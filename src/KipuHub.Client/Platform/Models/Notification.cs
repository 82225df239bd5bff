using System.Text.Json.Serialization;

namespace KipuHub.Client.Platform.Models;

/// <summary>A notification of the user: a job that ended, an invitation, news of the Hub.</summary>
public sealed class Notification
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("category")] public string? Category { get; set; }
    [JsonPropertyName("title")] public string? Title { get; set; }
    [JsonPropertyName("message")] public string? Message { get; set; }
    [JsonPropertyName("read")] public bool Read { get; set; }
    [JsonPropertyName("createdAt")] public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>What it is about (a job's id, ...), when it is about something.</summary>
    [JsonPropertyName("resourceId")] public string? ResourceId { get; set; }

    public override string ToString() => Title ?? Id ?? "";
}

public sealed class NotificationReadRequest
{
    [JsonPropertyName("read")] public bool Read { get; set; }
}
