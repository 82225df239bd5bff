using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The applications namespace: applications and the gateway credentials they call services with.</summary>
public sealed class ApplicationsClient : PlatformCaller
{
    internal ApplicationsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public async Task<IReadOnlyList<Application>> GetApplicationsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync<List<Application>>(Scoped(R.GetApplications), cancellationToken).ConfigureAwait(false) ?? new List<Application>();

    public Task<Application> GetApplicationAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Application>(Scoped(R.GetApplication, id), cancellationToken);

    public Task<Application> CreateApplicationAsync(string name, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("An application needs a name.", nameof(name))
            : ReadRequiredAsync<Application>(WithBody(Scoped(R.CreateApplication), new CreateApplicationRequest { Name = name }),
                cancellationToken);

    public Task DeleteApplicationAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteApplication, id), cancellationToken);

    /// <summary>The consumer key and secret; the answer is never logged.</summary>
    public Task<ApplicationCredentials> GetApplicationCredentialsAsync(string id, CancellationToken cancellationToken = default) =>
        Secret<ApplicationCredentials>(Scoped(R.GetApplicationCredentials, id), cancellationToken);

    public Task<Application> UpdateApplicationAsync(string id, string name, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("An application needs a name.", nameof(name))
            : ReadRequiredAsync<Application>(WithBody(Scoped(R.UpdateApplication, id), new UpdateApplicationRequest { Name = name }),
                cancellationToken);

    /// <summary>A new consumer secret; the old one stops working at once. The answer is never logged.</summary>
    public Task<ApplicationCredentials> RegenerateApplicationCredentialsAsync(string id, CancellationToken cancellationToken = default) =>
        Secret<ApplicationCredentials>(Scoped(R.RegenerateApplicationCredentials, id), cancellationToken);

    /// <summary>A bearer token for the gateway, as the application; the answer is never logged.</summary>
    public Task<ApplicationAccessToken> GetAccessTokenAsync(string id, CancellationToken cancellationToken = default) =>
        Secret<ApplicationAccessToken>(Scoped(R.GetApplicationAccessToken, id), cancellationToken);

    Task<T> Secret<T>(HubRequest request, CancellationToken cancellationToken) where T : class
    {
        request.ResponseIsSecret = true;
        return ReadRequiredAsync<T>(request, cancellationToken);
    }
}
