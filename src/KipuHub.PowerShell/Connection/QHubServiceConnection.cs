using KipuHub.Client.Core;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Client.Credentials;
using KipuHub.Client.Service;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// A connection to one managed service through the service gateway: what Connect-QHubService -PassThru returns
/// and the service cmdlets accept as -ServiceConnection. It has its own short-lived bearer tokens, never the
/// Hub connection's personal access token, and shows where it points, never a token or a secret.
/// </summary>
public sealed class QHubServiceConnection : IDisposable
{
    readonly object gate = new();
    readonly string? token;
    readonly (string Key, string Secret)? consumer;
    GatewayTokenProvider? tokens;
    HubServiceClient? client;
    OpenApiCatalog? catalog;

    QHubServiceConnection(Uri uri, string tokenSource, Uri? tokenEndpoint, TimeSpan timeout, int maxRetries, string? token,
        (string, string)? consumer)
    {
        Uri = uri;
        TokenSource = tokenSource;
        TokenEndpoint = tokenEndpoint;
        Timeout = timeout;
        MaxRetries = maxRetries;
        this.token = token;
        this.consumer = consumer;
        ConnectedAt = DateTimeOffset.Now;
        // Made now: a template URL or a token bound for plain http fails Connect-QHubService, not a later cmdlet.
        _ = Client;
    }

    /// <summary>With a bearer token as given (it expires; connect again then).</summary>
    public static QHubServiceConnection WithToken(Uri uri, string token, string tokenSource, TimeSpan timeout, int maxRetries) =>
        new(uri, tokenSource, null, timeout, maxRetries, CredentialText.Normalize(token, "token", tokenSource), null);

    /// <summary>With consumer key and secret: tokens come from the token endpoint and are refreshed before they expire.</summary>
    /// <param name="source">Where key and secret came from, for an error about either: "parameters -ConsumerKey and
    /// -ConsumerSecret".</param>
    public static QHubServiceConnection WithConsumerKey(Uri uri, string key, string secret, Uri? tokenEndpoint, TimeSpan timeout,
        int maxRetries, string source)
    {
        key = CredentialText.Normalize(key, "consumer key", source);
        secret = CredentialText.Normalize(secret, "consumer secret", source);
        return new(uri, $"consumer key {key}", tokenEndpoint ?? GatewayTokenProvider.TokenEndpointOf(uri), timeout, maxRetries, null,
            (key, secret));
    }

    public Uri Uri { get; }
    public string TokenSource { get; }
    public Uri? TokenEndpoint { get; }
    public TimeSpan Timeout { get; }
    public int MaxRetries { get; }
    public DateTimeOffset ConnectedAt { get; }

    /// <summary>The client, made on first use and again after Dispose, so a replaced connection keeps working.</summary>
    internal HubServiceClient Client
    {
        get
        {
            lock (gate)
            {
                if (client is not null) return client;
                var options = new HubClientOptions { BaseUrl = Uri, Timeout = Timeout, MaxRetries = MaxRetries, Logger = LogRouting.Write };
                if (consumer is { } pair)
                {
                    tokens = new GatewayTokenProvider(TokenEndpoint!, pair.Key, pair.Secret, options);
                    options.BearerToken = tokens.GetTokenAsync;
                }
                else
                {
                    options.ApiKey = token!;
                }
                return client = new HubServiceClient(options);
            }
        }
    }

    /// <summary>The operations the service documents at {gateway URL}/docs, read once.</summary>
    public OpenApiCatalog Catalog
    {
        get { lock (gate) return catalog ??= new OpenApiCatalog(() => Client.Transport); }
    }

    /// <summary>Proves consumer key and secret by getting a token; a given token is proved by its first use.</summary>
    internal async Task ValidateAsync(CancellationToken cancellationToken)
    {
        _ = Client;
        GatewayTokenProvider? provider;
        lock (gate) provider = tokens;
        if (provider is not null) await provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => $"{Uri} ({TokenSource})";

    public void Dispose()
    {
        lock (gate)
        {
            client?.Dispose();
            tokens?.Dispose();
            client = null;
            tokens = null;
        }
    }
}
