using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The organizations namespace: organizations the user belongs to, their members, and their provider tokens.</summary>
public sealed class OrganizationsClient : PlatformCaller
{
    static readonly string[] Roles = { "VIEWER", "MAINTAINER", "OWNER" };

    internal OrganizationsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public Task<IReadOnlyList<Organization>> GetOrganizationsAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<Organization>(Scoped(R.GetOrganizations), "content", cancellationToken);

    public Task<Organization> GetOrganizationAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Organization>(Scoped(R.GetOrganization, id), cancellationToken);

    /// <summary>A new organization, the calling user its owner. A name in use is a ConflictException.</summary>
    public Task<Organization> CreateOrganizationAsync(string name, string? description = null,
        CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("An organization needs a name.", nameof(name))
            : ReadRequiredAsync<Organization>(WithBody(Scoped(R.CreateOrganization),
                new OrganizationRequest { Name = name, Description = description }), cancellationToken);

    /// <summary>Changes the name or description; null fields stay as they are.</summary>
    public Task<Organization> UpdateOrganizationAsync(string id, OrganizationRequest update,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Organization>(WithBody(Scoped(R.UpdateOrganization, id), update ??
            throw new ArgumentNullException(nameof(update))), cancellationToken);

    public Task DeleteOrganizationAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteOrganization, id), cancellationToken);

    public async Task<IReadOnlyList<OrganizationMember>> GetMembersAsync(string id, CancellationToken cancellationToken = default) =>
        InOrganization(id, await ReadListAsync<OrganizationMember>(Scoped(R.GetOrganizationMembers, id), "content",
            cancellationToken).ConfigureAwait(false));

    /// <param name="role">VIEWER, MAINTAINER or OWNER.</param>
    public async Task<OrganizationMember> AddMemberAsync(string id, string userId, string role,
        CancellationToken cancellationToken = default) =>
        InOrganization(id, await ReadRequiredAsync<OrganizationMember>(
            WithBody(Scoped(R.AddOrganizationMember, id), new OrganizationMemberRequest
            {
                UserId = Required(userId, "user id"),
                Role = Role(role)
            }), cancellationToken).ConfigureAwait(false));

    public async Task<OrganizationMember> UpdateMemberAsync(string id, string userId, string role,
        CancellationToken cancellationToken = default) =>
        InOrganization(id, await ReadRequiredAsync<OrganizationMember>(
            WithBody(Scoped(R.UpdateOrganizationMember, id, userId), new OrganizationMemberRequest { Role = Role(role) }),
                cancellationToken).ConfigureAwait(false));

    /// <summary>Removes a member. The last owner cannot leave: that is a ConflictException.</summary>
    public Task RemoveMemberAsync(string id, string userId, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.RemoveOrganizationMember, id, userId), cancellationToken);

    public async Task<IReadOnlyList<ProviderToken>> GetProviderTokensAsync(string id, CancellationToken cancellationToken = default) =>
        Filled(await ReadListAsync<ProviderToken>(Scoped(R.GetProviderTokens, id), "content", cancellationToken).ConfigureAwait(false),
            t => t.OrganizationId ??= id);

    /// <summary>Stores (or replaces) the provider's token. The request carries a secret and is never logged.</summary>
    public async Task<ProviderToken> SetProviderTokenAsync(string id, string provider, string token,
        CancellationToken cancellationToken = default)
    {
        var stored = await ReadRequiredAsync<ProviderToken>(ProviderTokenRequest.Secret(Scoped(R.SetProviderToken, id,
            Required(provider, "provider")), token), cancellationToken).ConfigureAwait(false);
        stored.OrganizationId ??= id;
        return stored;
    }

    public Task DeleteProviderTokenAsync(string id, string provider, CancellationToken cancellationToken = default) =>
        SendAsync(Scoped(R.DeleteProviderToken, id, provider), cancellationToken);

    static IReadOnlyList<OrganizationMember> InOrganization(string id, IReadOnlyList<OrganizationMember> members) =>
        Filled(members, m => m.OrganizationId ??= id);

    static OrganizationMember InOrganization(string id, OrganizationMember member)
    {
        member.OrganizationId ??= id;
        return member;
    }

    static string Role(string role)
    {
        var known = Roles.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
        return known ?? throw new ArgumentException($"'{role}' is not a role: use VIEWER, MAINTAINER or OWNER.", nameof(role));
    }

    static string Required(string value, string what) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The {what} is missing.", what) : value.Trim();
}
