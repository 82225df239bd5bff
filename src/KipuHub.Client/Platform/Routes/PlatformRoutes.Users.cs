using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's users: the account, invitations and the user's own provider tokens.
public static partial class PlatformRoutes
{
    // Users of the Platform API: nothing public; the Hub's conventions (a user's own provider tokens as an organization's).
    public static readonly Route GetAccount = Inferred("get_account", "GET", "users/me/account");
    public static readonly Route GetInvitations = Inferred("get_invitations", "GET", "users/invitations");
    public static readonly Route CreateInvitation = Inferred("create_invitation", "POST", "users/invitations", RouteKind.Create);
    public static readonly Route AcceptInvitation = Inferred("accept_invitation", "POST", "users/invitations/{id}/accept",
        RouteKind.Create);
    public static readonly Route DeleteInvitation = Inferred("delete_invitation", "DELETE", "users/invitations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetUserProviderTokens = Inferred("get_user_provider_tokens", "GET", "users/me/provider-tokens");
    public static readonly Route SetUserProviderToken = Inferred("set_user_provider_token", "PUT", "users/me/provider-tokens/{provider}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteUserProviderToken = Inferred("delete_user_provider_token", "DELETE",
        "users/me/provider-tokens/{provider}", RouteKind.IdempotentWrite);
}
