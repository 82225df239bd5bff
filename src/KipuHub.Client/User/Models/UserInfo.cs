using System.Text.Json.Serialization;

namespace KipuHub.Client.User.Models;

/// <summary>The authenticated user (UserDto; the Hub publishes no field list, so only the common fields are typed).</summary>
public sealed class UserInfo
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("username")] public string? Username { get; set; }

    public override string ToString() => Email ?? Username ?? Id ?? "";
}
