using System.Text.Json;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Core.Paging;

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

    /// <summary>
    /// A list the API answers either bare or wrapped in an object under <paramref name="wrapper"/> (a page's
    /// content, { accessTokens: [...] }): read once, whichever it is; no body is an empty list.
    /// </summary>
    protected async Task<IReadOnlyList<T>> ReadListAsync<T>(HubRequest request, string wrapper, CancellationToken cancellationToken)
    {
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.HasBody) return Array.Empty<T>();
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            var root = document.RootElement;
            // Both spellings, as everywhere: accessTokens or access_tokens.
            var list = root.ValueKind == JsonValueKind.Object && (root.TryGetProperty(wrapper, out var inner) ||
                root.TryGetProperty(HubJson.SnakeCase(wrapper), out inner))
                ? inner
                : root;
            return list.ValueKind == JsonValueKind.Array ? list.Deserialize<List<T>>(HubJson.Options)! : Array.Empty<T>();
        }
        catch (JsonException e)
        {
            throw Malformed(request, e);
        }
    }

    /// <summary>
    /// A page of the Hub's paging wrapper; a bare list (what the 2024 API answered for some listings) is read as
    /// the one and last page.
    /// </summary>
    protected async Task<PageResponse<T>> ReadPageAsync<T>(HubRequest request, CancellationToken cancellationToken)
    {
        var response = await Transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.HasBody) return new PageResponse<T> { Content = new List<T>(), Last = true };
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            return document.RootElement.ValueKind == JsonValueKind.Array
                ? new PageResponse<T> { Content = document.RootElement.Deserialize<List<T>>(HubJson.Options), Last = true }
                : document.RootElement.Deserialize<PageResponse<T>>(HubJson.Options)!;
        }
        catch (JsonException e)
        {
            throw Malformed(request, e);
        }
    }

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

    /// <summary>A stream of the response body; an HTML page (a proxy's or gateway's error page) is refused.</summary>
    protected async Task<HubStreamResponse> StreamAsync(HubRequest request, CancellationToken cancellationToken)
    {
        var response = await Transport.SendStreamAsync(request, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(response.ContentType, "text/html", StringComparison.OrdinalIgnoreCase)) return response;
        response.Dispose();
        throw Malformed(request, "an HTML page came back instead of the result; a proxy or gateway in between may have failed", null);
    }

    static HubTransportException Malformed(HubRequest request, JsonException e) => Malformed(request, e.Message, e);

    static HubTransportException Malformed(HubRequest request, string problem, Exception? inner)
    {
        var advice = request.Route.Kind == RouteKind.Create
            ? " The Hub may have processed the request: list your jobs or sessions (Get-QHubJob) before submitting again."
            : "";
        return new HubTransportException($"The response to {request.Route.Method} {request.Route.Template} is not what the Hub " +
            $"documents: {problem}.{advice}", inner)
        {
            Method = request.Route.Method,
            IsMalformedResponse = true,
        };
    }
}
