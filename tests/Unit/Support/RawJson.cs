using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace KipuHub.Tests.Unit.Support;

/// <summary>
/// Raw requests with a JSON body, answered as a status and the parsed body: for what the typed client must not be used to
/// check (bad input, the emulator's own answers), in an organization's context when one is named.
/// </summary>
public static class RawJson
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpClient http, HttpMethod method, string path,
        object? body = null, string? organization = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (organization is not null) request.Headers.Add("X-OrganizationId", organization);
        if (body is not null) request.Content = JsonContent.Create(body);
        using var answer = await http.SendAsync(request);
        var text = await answer.Content.ReadAsStringAsync();
        return (answer.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    /// <summary>The body of a read that must succeed; the status and body in the failure when it does not.</summary>
    public static async Task<JsonNode> GetAsync(HttpClient http, string path, string? organization = null)
    {
        var (status, body) = await SendAsync(http, HttpMethod.Get, path, organization: organization);
        Assert.True((int)status is >= 200 and < 300, $"GET {path}: {(int)status} {body}");
        return body!;
    }

    /// <summary>The message of a refusal that must come with this status.</summary>
    public static async Task<string> RefusalAsync(HttpClient http, HttpMethod method, string path, object? body, HttpStatusCode status,
        string? organization = null)
    {
        var (answered, json) = await SendAsync(http, method, path, body, organization);
        Assert.True(answered == status, $"{method} {path}: {answered} {json}");
        return json!["message"]!.GetValue<string>();
    }
}
