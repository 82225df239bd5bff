using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Credentials;

namespace KipuHub.PowerShell.Connection;

/// <summary>What Connect-QHub does, without PowerShell: find the token and organization, then prove the token.</summary>
public static class ConnectionFactory
{
    /// <summary>The token given (as text), else the environment, else the qhubctl config file.</summary>
    public static HubCredential ResolveCredential(string? token, string tokenSource, CredentialEnvironment? environment = null) =>
        token is not null
            ? new StaticCredential(token, tokenSource).GetCredential()
            : new DefaultCredentialsProvider(null, environment).GetCredential();

    /// <summary>KipuHub's own variable for the Hub's base URL, read as the token's are: where no -Endpoint is given.</summary>
    public const string EndpointVariable = "KQH_ENDPOINT";

    /// <summary>-Endpoint, else <see cref="EndpointVariable"/>; null (the Hub's default) without either.</summary>
    /// <returns>Where the endpoint came from, for -Verbose; null for the default.</returns>
    /// <exception cref="ArgumentException">The variable is set but is not an http(s) URL.</exception>
    public static string? ResolveEndpoint(ConnectionSettings settings, Uri? endpoint, CredentialEnvironment? environment = null)
    {
        if (endpoint is not null)
        {
            TransportSecurity.EnsurePlain(endpoint);
            settings.Endpoint = endpoint;
            return "parameter -Endpoint";
        }
        if ((environment ?? CredentialEnvironment.Current).Variable(EndpointVariable) is not { } value) return null;
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != "https" && uri.Scheme != "http"))
            throw new ArgumentException($"The environment variable {EndpointVariable} is not an http(s) URL: '{value}'. " +
                "Set it to the Hub's base URL (https://api.hub.kipu-quantum.com), or remove it (Remove-Item Env:" + EndpointVariable +
                    ").");
        TransportSecurity.EnsurePlain(uri);
        settings.Endpoint = uri;
        return "environment variable " + EndpointVariable;
    }

    /// <summary>The organization given, else KQH_ORGANIZATION_ID, PLANQK_ORGANIZATION_ID, the config file's context.</summary>
    public static void ResolveOrganization(ConnectionSettings settings, string? organizationId, CredentialEnvironment? environment = null)
    {
        if (!string.IsNullOrWhiteSpace(organizationId))
        {
            settings.OrganizationId = organizationId!.Trim();
            settings.OrganizationSource = "parameter -OrganizationId";
            return;
        }
        if (OrganizationResolver.Resolve(environment) is { } resolved)
        {
            settings.OrganizationId = resolved.Id;
            settings.OrganizationSource = resolved.Source;
        }
    }

    /// <summary>
    /// Proves that the connection's organization (from -OrganizationId, the environment or the config file) is one its
    /// user can read, with one call, and keeps its name for what the context shows; the personal context needs none.
    /// </summary>
    /// <exception cref="OrganizationNotFoundException">The Hub does not show the organization to this user.</exception>
    public static async Task VerifyOrganizationAsync(QHubConnection connection, CancellationToken cancellationToken)
    {
        if (connection.OrganizationId is not { } id) return;
        try
        {
            connection.OrganizationName = (await connection.Platform.Organizations.GetOrganizationAsync(id, cancellationToken)
                .ConfigureAwait(false)).Name;
        }
        catch (HubApiException e) when (e is NotFoundException or ForbiddenException)
        {
            connection.Dispose();
            throw new OrganizationNotFoundException(id, connection.OrganizationSource, e);
        }
    }

    /// <summary>Builds the connection and, unless told not to, proves the token (and the organization) with one call each.</summary>
    public static async Task<QHubConnection> ConnectAsync(ConnectionSettings settings, HubCredential credential, bool validate,
        CancellationToken cancellationToken)
    {
        var unvalidated = new QHubConnection(settings, credential, null);
        if (!validate) return unvalidated;
        try
        {
            var user = await unvalidated.User.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
            unvalidated.Dispose();
            var connected = new QHubConnection(settings, credential, user);
            await VerifyOrganizationAsync(connected, cancellationToken).ConfigureAwait(false);
            return connected;
        }
        catch (HubApiException e) when (e.StatusCode is 403 or 404)
        {
            // A service execution token may not read the User API; one Quantum call proves it instead.
            await unvalidated.Quantum.Backends.GetBackendsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return unvalidated;
        }
        catch
        {
            unvalidated.Dispose();
            throw;
        }
    }
}
