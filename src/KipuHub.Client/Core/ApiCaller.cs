using System.Text.Json;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;

namespace KipuHub.Client.Core;

/// <summary>What every namespace client does with the transport: send, then read the body as a DTO or as JSON.</summary>
public abstract class ApiCaller
{
    protected ApiCaller(HubTransport transport)
    {
        Transport = transport;
    }

    protected HubTransport Transport { get; }

    protected static HubRequest Request(Route route, params string[] pathValues) => new(route, pathValues);

    protected static HubRequest WithBody(HubRequest request, object body)
    {
        request.Body = JsonSerializer.Serialize(body, body.GetType(), HubJson.Options);
        return request;
    }

    /// <summary>Reads the body as <typeparamref name="T"/>; 204 and an empty body give null.</summary>
    protected async Task<T?> ReadAsync<T>(HubRequest request, CancellationToken cancellationToken) where T : class
    {
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.HasBody) return null;
        try
        {
            return HubJson.Deserialize<T>(response.Body);
        }
        catch (JsonException e)
        {
            throw Malformed(request, e);
        }
    }

    protected async Task<T> ReadRequiredAsync<T>(HubRequest request, CancellationToken cancellationToken) where T : class =>
        await ReadAsync<T>(request, cancellationToken).ConfigureAwait(false)
        ?? throw new HubTransportException($"{request.Route.Method} {request.Route.Template} returned no body where one was expected.");

    protected async Task<JsonContent?> ReadJsonAsync(HubRequest request, CancellationToken cancellationToken)
    {
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.HasBody) return null;
        var content = new JsonContent(response.BodyText);
        try
        {
            _ = content.Value;
        }
        catch (JsonException e)
        {
            throw Malformed(request, e);
        }
        return content;
    }

    protected Task SendAsync(HubRequest request, CancellationToken cancellationToken) =>
        Transport.SendAsync(request, cancellationToken);

    protected Task<HubStreamResponse> StreamAsync(HubRequest request, CancellationToken cancellationToken) =>
        Transport.SendStreamAsync(request, cancellationToken);

    static HubTransportException Malformed(HubRequest request, JsonException e) =>
        new($"The response to {request.Route.Method} {request.Route.Template} is not the JSON the Hub documents: {e.Message}", e)
        {
            Method = request.Route.Method,
            IsMalformedResponse = true,
        };
}
