using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Organizations, members, provider tokens, and grants and shares of data pools, against the emulator.</summary>
public sealed class OrganizationsClientTests : EmulatorFixture
{
    const string AdaToken = "ada-token";

    protected override void Configure(EmulatorOptions options) => options.Tokens[AdaToken] = new EmulatorUser("user-ada", "ada@emulator.local", "Ada Lovelace");

    [Fact]
    public async Task An_organization_has_members_with_roles_and_keeps_its_last_owner()
    {
        using var platform = new HubPlatformClient(Options());
        using var ada = new HubPlatformClient(Options(token: AdaToken));
        var organization = await platform.Organizations.CreateOrganizationAsync("Quantum Ops", "runbooks");
        Assert.Equal("OWNER", organization.Role);
        await Assert.ThrowsAsync<ConflictException>(() => platform.Organizations.CreateOrganizationAsync("quantum ops"));
        await Assert.ThrowsAsync<NotFoundException>(() => ada.Organizations.GetOrganizationAsync(organization.Id!));

        var member = await platform.Organizations.AddMemberAsync(organization.Id!, "user-ada", "viewer");
        Assert.Equal(("Ada Lovelace", "VIEWER", organization.Id), (member.Name, member.Role, member.OrganizationId));
        await Assert.ThrowsAsync<ConflictException>(() => platform.Organizations.AddMemberAsync(organization.Id!, "user-ada", "VIEWER"));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.AddMemberAsync(organization.Id!, "user-nobody", "VIEWER"));
        await Assert.ThrowsAsync<ArgumentException>(() => platform.Organizations.AddMemberAsync(organization.Id!, "user-ada", "ADMIN"));
        Assert.Equal("VIEWER", Assert.Single(await ada.Organizations.GetOrganizationsAsync()).Role);
        await Assert.ThrowsAsync<ForbiddenException>(() => ada.Organizations.UpdateOrganizationAsync(organization.Id!, new OrganizationRequest { Name = "mine" }));

        await Assert.ThrowsAsync<ConflictException>(() => platform.Organizations.UpdateMemberAsync(organization.Id!, "user-dev", "VIEWER"));
        await platform.Organizations.UpdateMemberAsync(organization.Id!, "user-ada", "OWNER");
        await platform.Organizations.UpdateMemberAsync(organization.Id!, "user-dev", "MAINTAINER");
        Assert.Equal(new[] { "user-dev:MAINTAINER", "user-ada:OWNER" }, (await ada.Organizations.GetMembersAsync(organization.Id!)).Select(m => $"{m.UserId}:{m.Role}"));
        await Assert.ThrowsAsync<ConflictException>(() => ada.Organizations.RemoveMemberAsync(organization.Id!, "user-ada"));
        await platform.Organizations.RemoveMemberAsync(organization.Id!, "user-dev");
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.GetOrganizationAsync(organization.Id!));
        await ada.Organizations.DeleteOrganizationAsync(organization.Id!);
        Assert.Empty(await ada.Organizations.GetOrganizationsAsync());
    }

    [Fact]
    public async Task A_provider_token_is_stored_but_never_answered_back_nor_logged()
    {
        var log = new List<string>();
        using var platform = new HubPlatformClient(Options(configure: o => o.Logger = entry => log.Add(entry.Message)));
        var organization = await platform.Organizations.CreateOrganizationAsync("Token Keepers");
        const string secret = "ibm-quantum-token-0123456789abcd";
        var stored = await platform.Organizations.SetProviderTokenAsync(organization.Id!, "ibm", secret);
        Assert.Equal(("IBM", "abcd", organization.Id), (stored.Provider, stored.LastCharacters, stored.OrganizationId));
        Assert.Equal("IBM", Assert.Single(await platform.Organizations.GetProviderTokensAsync(organization.Id!)).Provider);
        Assert.DoesNotContain(log, line => line.Contains(secret));
        Assert.Contains(log, line => line.Contains("provider-tokens/ibm"));
        await platform.Organizations.DeleteProviderTokenAsync(organization.Id!, "IBM");
        Assert.Empty(await platform.Organizations.GetProviderTokensAsync(organization.Id!));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Organizations.DeleteProviderTokenAsync(organization.Id!, "IBM"));
    }

    [Fact]
    public async Task A_share_shows_a_data_pool_elsewhere_and_only_its_owner_manages_grants_and_shares()
    {
        using var platform = new HubPlatformClient(Options("org-owner"));
        var elsewhere = platform.ForOrganization(Organization("org-reader"));
        var pool = await platform.DataPools.CreateDataPoolAsync("shared-inputs");
        await Assert.ThrowsAsync<NotFoundException>(() => elsewhere.DataPools.GetDataPoolAsync(pool.Id!));

        var share = await platform.DataPoolShares.CreateShareAsync(pool.Id!, "ORGANIZATION", "org-reader", "VIEWER");
        await Assert.ThrowsAsync<ConflictException>(() => platform.DataPoolShares.CreateShareAsync(pool.Id!, "ORGANIZATION", "org-reader", "MAINTAINER"));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.DataPoolShares.CreateShareAsync(pool.Id!, "TEAM", "t", "VIEWER"));
        Assert.Equal("VIEWER", (await elsewhere.DataPools.GetDataPoolAsync(pool.Id!)).CurrentUserPermission);
        Assert.Contains(await elsewhere.DataPools.GetDataPoolsAsync(), p => p.Id == pool.Id);
        await Assert.ThrowsAsync<ForbiddenException>(() => elsewhere.DataPools.UpdateDataPoolAsync(pool.Id!, new UpdateDataPoolRequest { Description = "mine" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => elsewhere.DataPoolShares.GetSharesAsync(pool.Id!));
        await platform.DataPoolShares.UpdateShareAsync(pool.Id!, share.Id!, "MAINTAINER");
        Assert.Equal("mine", (await elsewhere.DataPools.UpdateDataPoolAsync(pool.Id!, new UpdateDataPoolRequest { Description = "mine" })).Description);
        await platform.DataPoolShares.DeleteShareAsync(pool.Id!, share.Id!);
        await Assert.ThrowsAsync<NotFoundException>(() => elsewhere.DataPools.GetDataPoolAsync(pool.Id!));

        var grant = await platform.DataPoolGrants.CreateGrantAsync(pool.Id!, "service-vqe", DateTimeOffset.UtcNow.AddHours(1));
        Assert.Equal(pool.Id, grant.DataPoolId);
        await Assert.ThrowsAsync<ConflictException>(() => platform.DataPoolGrants.CreateGrantAsync(pool.Id!, "service-vqe"));
        await Assert.ThrowsAsync<NotFoundException>(() => platform.DataPoolGrants.CreateGrantAsync(pool.Id!, "service-unknown"));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.DataPoolGrants.CreateGrantAsync(pool.Id!, "service-qaoa", DateTimeOffset.UtcNow.AddHours(-1)));
        Assert.Equal("service-vqe", Assert.Single(await platform.DataPoolGrants.GetGrantsAsync(pool.Id!)).ServiceId);
        await platform.DataPoolGrants.DeleteGrantAsync(pool.Id!, grant.Id!);
        Assert.Empty(await platform.DataPoolGrants.GetGrantsAsync(pool.Id!));
    }

    [Fact]
    public async Task An_application_is_renamed_its_secret_reset_and_its_access_token_opens_the_gateway_once_subscribed()
    {
        using var platform = new HubPlatformClient(Options("org-app-tokens"));
        var application = await platform.Applications.CreateApplicationAsync("before");
        Assert.Equal("after", (await platform.Applications.UpdateApplicationAsync(application.Id!, "after")).Name);
        var old = await platform.Applications.GetApplicationCredentialsAsync(application.Id!);
        var renewed = await platform.Applications.RegenerateApplicationCredentialsAsync(application.Id!);
        Assert.Equal(old.ConsumerKey, renewed.ConsumerKey);
        Assert.NotEqual(old.ConsumerSecret, renewed.ConsumerSecret);
        var gateway = new Uri(Root, "gateway/demo/my-service/1.0.0");
        var tokenEndpoint = KipuHub.Client.Service.GatewayTokenProvider.TokenEndpointOf(gateway);
        using (var tokens = new KipuHub.Client.Service.GatewayTokenProvider(tokenEndpoint, old.ConsumerKey!, old.ConsumerSecret!))
            await Assert.ThrowsAsync<UnauthorizedException>(() => tokens.GetTokenAsync());

        var access = await platform.Applications.GetAccessTokenAsync(application.Id!);
        Assert.True(access.ExpiresAt > DateTimeOffset.UtcNow);
        using var service = new KipuHub.Client.Service.HubServiceClient(gateway, access.Secret!);
        await Assert.ThrowsAsync<ForbiddenException>(() => service.ServiceApi.GetServiceExecutionsAsync());
        await platform.Subscriptions.CreateSubscriptionAsync(application.Id!, "service-demo");
        Assert.Empty(await service.ServiceApi.GetServiceExecutionsAsync());
    }

    [Fact]
    public async Task An_invitation_makes_the_invitee_a_member_on_accepting_and_an_owner_may_revoke_it()
    {
        using var platform = new HubPlatformClient(Options());
        using var ada = new HubPlatformClient(Options(token: AdaToken));
        var organization = await platform.Organizations.CreateOrganizationAsync("Invitations Inc");
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.Users.InviteAsync(organization.Id!, "not-an-address"));
        await Assert.ThrowsAsync<NotFoundException>(() => ada.Users.InviteAsync(organization.Id!, "grace@emulator.local"));

        var invitation = await platform.Users.InviteAsync(organization.Id!, "ADA@emulator.local", "MAINTAINER");
        Assert.Equal(("PENDING", "Invitations Inc"), (invitation.Status, invitation.OrganizationName));
        await Assert.ThrowsAsync<ConflictException>(() => platform.Users.InviteAsync(organization.Id!, "ada@emulator.local"));
        Assert.Equal(invitation.Id, Assert.Single(await ada.Users.GetInvitationsAsync()).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => platform.Users.AcceptInvitationAsync(invitation.Id!));

        Assert.Equal("ACCEPTED", (await ada.Users.AcceptInvitationAsync(invitation.Id!)).Status);
        Assert.Equal("MAINTAINER", (await ada.Organizations.GetOrganizationAsync(organization.Id!)).Role);
        Assert.Contains(organization.Id, (await ada.Users.GetAccountAsync()).OrganizationIds!);
        await Assert.ThrowsAsync<ConflictException>(() => platform.Users.InviteAsync(organization.Id!, "ada@emulator.local"));

        var revoked = await platform.Users.InviteAsync(organization.Id!, "grace@emulator.local");
        await platform.Users.DeleteInvitationAsync(revoked.Id!);
        Assert.DoesNotContain(await platform.Users.GetInvitationsAsync(), i => i.Id == revoked.Id);
    }

    [Fact]
    public async Task A_users_own_provider_tokens_are_theirs_alone()
    {
        using var platform = new HubPlatformClient(Options());
        using var ada = new HubPlatformClient(Options(token: AdaToken));
        Assert.Equal("wxyz", (await platform.Users.SetProviderTokenAsync("ibm", "personal-ibm-wxyz")).LastCharacters);
        Assert.Equal("IBM", Assert.Single(await platform.Users.GetProviderTokensAsync()).Provider);
        Assert.Empty(await ada.Users.GetProviderTokensAsync());
        await platform.Users.DeleteProviderTokenAsync("IBM");
        Assert.Empty(await platform.Users.GetProviderTokensAsync());
        await Assert.ThrowsAsync<ArgumentException>(() => platform.Users.SetProviderTokenAsync("ibm", " "));
    }
}
