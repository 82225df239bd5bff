using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Service;

/// <summary>
/// A deployed service through the service gateway: one client per concrete gateway URL of a service version,
/// authenticated with a bearer token (given, or from a <see cref="GatewayTokenProvider"/>).
/// </summary>
public sealed class HubServiceClient : IDisposable
{
    /// <param name="options">BaseUrl: the concrete gateway URL (…/&lt;context&gt;/&lt;service&gt;/&lt;version&gt;); BearerToken, or ApiKey
    /// used as a fixed bearer token.</param>
    public HubServiceClient(HubClientOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        EnsureConcrete(options.BaseUrl);
        if (options.BearerToken is null)
        {
            var fixedToken = options.ApiKey;
            if (string.IsNullOrWhiteSpace(fixedToken))
                throw new ArgumentException("A bearer token is required: pass BearerToken (a token provider) or ApiKey (a token).",
                    nameof(options));
            options.BearerToken = _ => Task.FromResult(fixedToken);
            options.UnauthorizedAdvice ??=
                "The service's bearer token was refused or has expired: connect again with a new one (Connect-QHubService -Token).";
        }
        Transport = new HubTransport(options, e => e.Service);
        ServiceApi = new ServiceApiClient(Transport);
    }

    public HubServiceClient(Uri gatewayUrl, string token) : this(new HubClientOptions { BaseUrl = gatewayUrl, ApiKey = token }) { }

    public HubServiceClient(Uri gatewayUrl, GatewayTokenProvider tokens) : this(new HubClientOptions
    {
        BaseUrl = gatewayUrl,
        BearerToken = tokens.GetTokenAsync
    })
    { }

    public ServiceApiClient ServiceApi { get; }

    /// <summary>The configured transport, for any route of the service with this client's token, retries and errors.</summary>
    public HubTransport Transport { get; }

    public Uri BaseUrl => Transport.BaseUrl;

    // The SDKs' default is a template whose placeholders nobody substitutes: a request to it can only fail.
    static void EnsureConcrete(Uri? url)
    {
        var text = url is null ? null : Uri.UnescapeDataString(url.AbsoluteUri);
        if (url is null || !url.IsAbsoluteUri || text!.Contains('<') || text.Contains('>') ||
            url.AbsolutePath.Trim('/').Split('/').Length < 3)
            throw new ArgumentException($"Pass the concrete gateway URL of one service version, such as " +
                $"https://gateway.hub.kipu-quantum.com/acme/vqe/1.0.0 (the service's page in the Hub shows " +
                    $"it){(url is null ? "" : $", not '{url}'")}.", "options.BaseUrl");
    }

    public void Dispose() => Transport.Dispose();
}
