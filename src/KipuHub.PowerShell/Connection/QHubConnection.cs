using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.OpenApi;
using KipuHub.Client.Credentials;
using KipuHub.Client.Platform;
using KipuHub.Client.Quantum;
using KipuHub.Client.User;
using KipuHub.Client.User.Models;

namespace KipuHub.PowerShell.Connection;

public enum HubApi
{
    Quantum,
    Platform,
    User,
    Service,
}

/// <summary>
/// A connection to the Hub: what Connect-QHub -PassThru returns and every cmdlet accepts as -Connection.
/// It shows where it points and where the token came from, never the token itself.
/// </summary>
public sealed class QHubConnection : IDisposable
{
    readonly HubCredential credential;
    readonly ConnectionSettings settings;
    readonly object gate = new();
    HubQuantumClient? quantum;
    HubUserClient? user;
    HubPlatformClient? platform;

    public QHubConnection(ConnectionSettings settings, HubCredential credential, UserInfo? account, string scope = "Process")
    {
        this.settings = settings.Clone();
        this.credential = credential;
        AccountInfo = account;
        Scope = scope;
        ConnectedAt = DateTimeOffset.Now;
        var environment = this.settings.Environment();
        // Checked here so that an endpoint the token must not travel to fails Connect-QHub, not a later cmdlet.
        foreach (var api in new[] { environment.Quantum, environment.Platform, environment.User, environment.Service })
            TransportSecurity.EnsureTokenMayTravel(api);
    }

    public string? Account => AccountInfo?.ToString();
    public UserInfo? AccountInfo { get; }
    public string? OrganizationId => settings.OrganizationId;
    /// <summary>The organization's name, once the connection has read it (Connect-QHub and Set-QHubContext do).</summary>
    public string? OrganizationName { get; internal set; }

    public string Context => settings.OrganizationId is null ? "Personal" : "Organization " + ShownOrganization(settings.OrganizationId);

    /// <summary>An organization as a prompt or a view names it: "Quantum Lab (org-1)" where its name is known, else its id.</summary>
    public string ShownOrganization(string organizationId) =>
        organizationId == settings.OrganizationId && OrganizationName is { Length: > 0 } name ? $"{name} ({organizationId})"
            : organizationId;
    public Uri QuantumEndpoint => settings.Environment().Quantum;
    public Uri PlatformEndpoint => settings.Environment().Platform;
    public Uri UserEndpoint => settings.Environment().User;
    public Uri ServiceEndpoint => settings.Environment().Service;
    public string TokenSource => credential.Source;
    public string? OrganizationSource => settings.OrganizationSource;
    public string Scope { get; internal set; }

    /// <summary>The vault and secret the token was read from (Connect-QHub -Vault): what -Scope CurrentUser saves instead of
    /// the token.</summary>
    internal (string Vault, string SecretName)? SecretReference { get; set; }
    public DateTimeOffset ConnectedAt { get; }
    public TimeSpan Timeout => settings.Timeout;
    public int MaxRetries => settings.MaxRetries;
    public bool TagCreateRequests => settings.TagCreateRequests;

    internal ConnectionSettings Settings => settings.Clone();
    internal HubCredential Credential => credential;

    internal HubQuantumClient Quantum
    {
        get { lock (gate) return quantum ??= new HubQuantumClient(Options()); }
    }

    internal HubUserClient User
    {
        get { lock (gate) return user ??= new HubUserClient(Options()); }
    }

    internal HubPlatformClient Platform
    {
        get { lock (gate) return platform ??= new HubPlatformClient(Options()); }
    }

    /// <summary>Whether HTTP clients are open: made on first use, released by Dispose.</summary>
    internal bool HasOpenClients
    {
        get { lock (gate) return quantum is not null || user is not null || platform is not null; }
    }

    /// <summary>The transport of any API, for requests that have no typed method (Invoke-QHubRequest).</summary>
    internal HubTransport Transport(HubApi api) => api switch
    {
        HubApi.Quantum => Quantum.Transport,
        HubApi.Platform => Platform.Transport,
        HubApi.User => User.Transport,
        _ => throw new InvalidOperationException("The service gateway takes its own bearer tokens, never the Hub connection's token: " +
            "connect with Connect-QHubService."),
    };

    /// <summary>
    /// The operations an API documents, read once per connection: what Get-/Invoke-QHubOperation list and call, and
    /// what the API's routes follow after a 404 or 405.
    /// </summary>
    internal OpenApiCatalog Catalog(HubApi api) => Transport(api).Documents;

    /// <summary>The same token and endpoints in another organization (null: the personal context).</summary>
    public QHubConnection WithOrganization(string? organizationId)
    {
        var changed = settings.Clone();
        changed.OrganizationId = string.IsNullOrWhiteSpace(organizationId) ? null : organizationId!.Trim();
        changed.OrganizationSource = changed.OrganizationId is null ? null : "Set-QHubContext";
        return new QHubConnection(changed, credential, AccountInfo, Scope);
    }

    HubClientOptions Options() => new()
    {
        ApiKey = credential.Token,
        Environment = settings.Environment(),
        OrganizationId = settings.OrganizationId,
        Timeout = settings.Timeout,
        MaxRetries = settings.MaxRetries,
        TagCreateRequests = settings.TagCreateRequests,
        Logger = LogRouting.Write,
    };

    public override string ToString() => $"{Account ?? "(unvalidated)"} @ {QuantumEndpoint} ({Context})";

    /// <summary>
    /// Releases the HTTP clients. The connection stays usable: a later call opens new ones, so a replaced
    /// connection that a script still holds (Connect-QHub -PassThru) keeps working.
    /// </summary>
    public void Dispose()
    {
        lock (gate)
        {
            quantum?.Dispose();
            user?.Dispose();
            platform?.Dispose();
            quantum = null;
            user = null;
            platform = null;
        }
    }
}
