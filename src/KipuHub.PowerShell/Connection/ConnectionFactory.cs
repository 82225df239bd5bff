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

    /// <summary>Builds the connection and, unless told not to, proves the token with one call.</summary>
    public static async Task<QHubConnection> ConnectAsync(ConnectionSettings settings, HubCredential credential, bool validate,
        CancellationToken cancellationToken)
    {
        var unvalidated = new QHubConnection(settings, credential, null);
        if (!validate) return unvalidated;
        try
        {
            var user = await unvalidated.User.GetCurrentUserAsync(cancellationToken).ConfigureAwait(false);
            unvalidated.Dispose();
            return new QHubConnection(settings, credential, user);
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
