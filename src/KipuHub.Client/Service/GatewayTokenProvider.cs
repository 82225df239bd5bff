using System.Text;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Credentials;

namespace KipuHub.Client.Service;

/// <summary>
/// Bearer tokens from the service gateway's OAuth2 client-credentials endpoint (consumer key and secret), fetched
/// when first needed and again shortly before they expire: two minutes before, as the service SDK does, or
/// halfway through the lifetime of a shorter token. One refresh at a time, however many calls wait for it.
/// </summary>
public sealed class GatewayTokenProvider : IDisposable
{
    static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(2);

    /// <summary>OAuth2 client credentials (consumer key and secret); relative to the token endpoint URL itself.</summary>
    static readonly Route RequestToken = Route.Seen("token", "POST", "", RouteKind.IdempotentWrite);
    readonly HubTransport transport;
    readonly string basicCredentials;
    readonly SemaphoreSlim refreshing = new(1, 1);
    readonly Func<DateTimeOffset> now;
    string? token;
    DateTimeOffset refreshAt;

    /// <param name="options">Timeout, retries and HTTP handler for the token requests; its token is not used.</param>
    public GatewayTokenProvider(Uri tokenEndpoint, string consumerKey, string consumerSecret, HubClientOptions? options = null,
        Func<DateTimeOffset>? clock = null)
    {
        if (tokenEndpoint is null) throw new ArgumentNullException(nameof(tokenEndpoint));
        consumerKey = CredentialText.Normalize(consumerKey, "consumer key", "the consumer key given");
        consumerSecret = CredentialText.Normalize(consumerSecret, "consumer secret", "the consumer secret given");
        TokenEndpoint = tokenEndpoint;
        basicCredentials = Convert.ToBase64String(Encoding.UTF8.GetBytes(consumerKey + ":" + consumerSecret));
        now = clock ?? (() => DateTimeOffset.UtcNow);
        // Logged like every call: the Authorization header is masked and the answer, which holds the token, withheld.
        transport = new HubTransport(new HubClientOptions
        {
            BaseUrl = tokenEndpoint,
            SendsNoToken = true,
            Timeout = options?.Timeout ?? TimeSpan.FromSeconds(60),
            MaxRetries = options?.MaxRetries ?? 2,
            HttpMessageHandler = options?.HttpMessageHandler,
            Proxy = options?.Proxy,
            Logger = options?.Logger,
            UnauthorizedAdvice = "The gateway refused the consumer key and secret: check them " +
                "(Get-QHubApplicationCredential shows an application's; Reset-QHubApplicationCredential makes a new secret).",
        }, e => e.Service);
    }

    public Uri TokenEndpoint { get; }

    /// <summary>How many tokens were fetched (a refresh under concurrency fetches one, not one per caller).</summary>
    public int TokensFetched { get; private set; }

    /// <summary>The token endpoint of a gateway URL {gateway}/{context}/{service}/{version}: {gateway}/token.</summary>
    public static Uri TokenEndpointOf(Uri gatewayUrl)
    {
        var segments = gatewayUrl.AbsolutePath.Trim('/').Split(new[] { '/' }, StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 3)
            throw new ArgumentException($"'{gatewayUrl}' is not the gateway URL of a service version (…/<context>/<service>/<version>); " +
                $"pass the token endpoint explicitly.", nameof(gatewayUrl));
        var root = string.Join("/", segments.Take(segments.Length - 3));
        return new Uri(gatewayUrl, "/" + (root.Length == 0 ? "" : root + "/") + "token");
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (token is { } current && now() < refreshAt) return current;
        await refreshing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (token is { } fresh && now() < refreshAt) return fresh;
            var request = new HubRequest(RequestToken)
            {
                Body = "grant_type=client_credentials",
                BodyContentType = "application/x-www-form-urlencoded",
                ResponseIsSecret = true,
            }.WithHeader("Authorization", "Basic " + basicCredentials);
            var response = await transport.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var answer = HubJson.Deserialize<TokenResponse>(response.Body);
            if (string.IsNullOrEmpty(answer.AccessToken))
                throw new Core.Errors.HubTransportException($"The token endpoint {TokenEndpoint} answered without an access_token.")
                { IsMalformedResponse = true };
            var lifetime = TimeSpan.FromSeconds(answer.ExpiresIn is > 0 ? answer.ExpiresIn.Value : 300);
            refreshAt = now() + (lifetime > RefreshMargin + RefreshMargin ? lifetime - RefreshMargin :
                TimeSpan.FromTicks(lifetime.Ticks / 2));
            token = ServedToken(answer.AccessToken!);
            TokensFetched++;
            return token!;
        }
        finally
        {
            refreshing.Release();
        }
    }

    // A token the endpoint sends goes into every header after it: one that could not (a line break in it) is a broken
    // answer, reported without the token.
    string ServedToken(string served)
    {
        try
        {
            return CredentialText.Normalize(served, "access token", $"the token endpoint {TokenEndpoint}");
        }
        catch (InvalidCredentialException e)
        {
            throw new Core.Errors.HubTransportException(e.Message) { IsMalformedResponse = true };
        }
    }

    sealed class TokenResponse
    {
        [System.Text.Json.Serialization.JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("expires_in")] public long? ExpiresIn { get; set; }
    }

    public void Dispose()
    {
        transport.Dispose();
        refreshing.Dispose();
    }
}
