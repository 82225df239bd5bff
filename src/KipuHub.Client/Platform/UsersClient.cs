using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The users namespace of the Platform API: the caller's account, invitations to organizations, and their own providers'
/// tokens.</summary>
public sealed class UsersClient : PlatformCaller
{
    internal UsersClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<Account> GetAccountAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Account>(Scoped(R.GetAccount), cancellationToken);

    /// <summary>Invitations to the caller, and those of the organizations the caller owns.</summary>
    public Task<IReadOnlyList<Invitation>> GetInvitationsAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<Invitation>(Scoped(R.GetInvitations), "content", cancellationToken);

    /// <param name="role">VIEWER, MAINTAINER or OWNER: what the invitee becomes on accepting.</param>
    public Task<Invitation> InviteAsync(string organizationId, string email, string role = "VIEWER",
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Invitation>(WithBody(Scoped(R.CreateInvitation), new InvitationRequest
        {
            OrganizationId = organizationId,
            Email = email,
            Role = role.ToUpperInvariant()
        }), cancellationToken);

    /// <summary>Accepts an invitation to the caller, who becomes a member with its role.</summary>
    public Task<Invitation> AcceptInvitationAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Invitation>(Scoped(R.AcceptInvitation, id), cancellationToken);

    /// <summary>Declines an invitation to the caller, or revokes one of an organization the caller owns.</summary>
    public Task DeleteInvitationAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteInvitation, id), cancellationToken);

    public Task<IReadOnlyList<ProviderToken>> GetProviderTokensAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<ProviderToken>(Scoped(R.GetUserProviderTokens), "content", cancellationToken);

    /// <summary>Stores (or replaces) the caller's own token of a provider. The request carries a secret and is never logged.</summary>
    public Task<ProviderToken> SetProviderTokenAsync(string provider, string token, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<ProviderToken>(ProviderTokenRequest.Secret(Scoped(R.SetUserProviderToken, provider), token), cancellationToken);

    public Task DeleteProviderTokenAsync(string provider, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteUserProviderToken, provider), cancellationToken);
}
