namespace KipuHub.Client.Core;

/// <summary>
/// Construction options shared by every API client; they mirror the official SDK constructors
/// (api_key, base_url, environment, organization_id, headers, timeout, max_retries, httpx_client, logging).
/// </summary>
public sealed class HubClientOptions
{
    /// <summary>Personal access token or service execution token, sent as X-Auth-Token. Required unless <see cref="BearerToken"/> is
    /// set.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>
    /// For the service gateway, which takes short-lived bearer tokens: asked before every attempt for the token to
    /// send as Authorization: Bearer (a token provider refreshes it). When set, no X-Auth-Token is sent.
    /// </summary>
    public Func<CancellationToken, Task<string>>? BearerToken { get; set; }

    /// <summary>For a token endpoint, which authenticates the request by its own headers: no token at all.</summary>
    internal bool SendsNoToken { get; set; }

    /// <summary>What a 401 tells the user to do, where the credential is not the personal access token.</summary>
    internal string? UnauthorizedAdvice { get; set; }

    /// <summary>Overrides <see cref="Environment"/> when set.</summary>
    public Uri? BaseUrl { get; set; }

    public HubEnvironment Environment { get; set; } = HubEnvironment.Default;

    /// <summary>Sent as X-OrganizationId on every request when set.</summary>
    public string? OrganizationId { get; set; }

    /// <summary>Extra headers merged into every request.</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per attempt, until the response headers arrive.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    public int MaxRetries { get; set; } = 2;

    /// <summary>First backoff step; doubled per retry, capped by <see cref="MaxRetryDelay"/>, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A server's Retry-After is honoured up to this bound.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Tags each job and session create with kqh-request:&lt;id&gt;, so that a create whose answer was lost can be
    /// found again instead of submitted twice. On by default; a create request can turn it off for itself.
    /// </summary>
    public bool TagCreateRequests { get; set; } = true;

    /// <summary>How long to look for a tagged create whose answer was lost before reporting the outcome unknown.</summary>
    public TimeSpan CreateRecoveryWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// When a route answers 404 or 405, looks the operation up in the API's live OpenAPI document ({base}/docs) and,
    /// where the Hub documents it at another method or path, sends it there for the rest of this client's life. On
    /// by default; nothing extra is sent while the routes are right.
    /// </summary>
    public bool FollowDocumentedRoutes { get; set; } = true;

    /// <summary>The most an answer read whole (JSON) may hold, after decompression; larger ones end the call unread. 256 MiB by
    /// default; downloads that stream (results, files) are not bounded by it.</summary>
    public long MaxResponseBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>The proxy for calls to other machines; null: the system's (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). Calls to this machine
    /// never go through one. Not used with <see cref="HttpMessageHandler"/>, which brings its own.</summary>
    public System.Net.IWebProxy? Proxy { get; set; }

    /// <summary>The SDKs' httpx_client / fetch hook: the handler every request goes through.</summary>
    public HttpMessageHandler? HttpMessageHandler { get; set; }

    /// <summary>Receives one redacted entry per call (Verbose) and headers and bodies (Debug).</summary>
    public Action<HubLogEntry>? Logger { get; set; }

    internal HubClientOptions Validated()
    {
        if (string.IsNullOrWhiteSpace(ApiKey) && BearerToken is null && !SendsNoToken)
            throw new ArgumentException("An api key is required: pass a personal access token or a service execution token (ApiKey).",
                nameof(ApiKey));
        if (!string.IsNullOrWhiteSpace(ApiKey)) ApiKey = Credentials.CredentialText.Normalize(ApiKey, "api key", "HubClientOptions.ApiKey");
        if (Timeout <= TimeSpan.Zero)
            throw new ArgumentException("Timeout must be positive.", nameof(Timeout));
        if (CreateRecoveryWait < TimeSpan.Zero)
            throw new ArgumentException("CreateRecoveryWait cannot be negative.", nameof(CreateRecoveryWait));
        if (MaxRetries < 0)
            throw new ArgumentException("MaxRetries cannot be negative.", nameof(MaxRetries));
        if (Environment is null)
            throw new ArgumentException("Pass either BaseUrl or Environment.", nameof(Environment));
        return this;
    }
}
