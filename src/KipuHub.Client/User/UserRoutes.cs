using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.User;

/// <summary>
/// Routes of the User API (../shared/api/user.yaml). Only /me was seen with its method and path; the rest follow
/// the Hub's conventions and the reference's method names, each marked inferred, a one-line fix when the live
/// document (GET {base}/docs) says otherwise.
/// </summary>
public static class UserRoutes
{
    public static readonly Route GetCurrentUser = Seen("get_current_user", "GET", "me");
    public static readonly Route UpdateCurrentUser = Seen("update_current_user", "PUT", "me", RouteKind.IdempotentWrite);
    public static readonly Route DeleteCurrentUser = Inferred("delete_current_user", "DELETE", "me", RouteKind.IdempotentWrite);
    public static readonly Route UpdateCurrentUserProfileImage = Inferred("update_current_user_profile_image", "PUT", "me/profile-image",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteCurrentUserProfileImage = Inferred("delete_current_user_profile_image", "DELETE",
        "me/profile-image", RouteKind.IdempotentWrite);

    public static readonly Route GetPersonalAccessTokens = Inferred("get_personal_access_tokens", "GET", "me/personal-access-tokens");
    // Each call makes a new secret: never retried once it may have reached the Hub.
    public static readonly Route CreatePersonalAccessToken = Inferred("create_personal_access_token", "POST", "me/personal-access-tokens",
        RouteKind.Create);
    public static readonly Route DeletePersonalAccessToken = Inferred("delete_personal_access_token", "DELETE",
        "me/personal-access-tokens/{id}", RouteKind.IdempotentWrite);
    public static readonly Route RegenerateDefaultPersonalAccessToken = Inferred("regenerate_default_personal_access_token", "POST",
        "me/personal-access-tokens/default/regenerate", RouteKind.Create);

    public static readonly Route AuthorizeByPersonalAccessToken = Inferred("authorize_by_personal_access_token", "POST", "authorize");

    public static readonly Route GetUserById = Inferred("get_user_by_id", "GET", "users/{id}");
    public static readonly Route CheckUserExists = Inferred("check_user_exists", "HEAD", "users/{id}");
    public static readonly Route GetUserProfileImage = Inferred("get_user_profile_image", "GET", "users/{id}/profile-image");

    public static readonly Route GetUserRegistrationStatus = Inferred("get_user_registration_status", "GET", "registration-status");
    public static readonly Route SearchUsers = Inferred("users", "GET", "search/users");

    // Read on first use, when every field of the table is set, in whichever of its files.
    static IReadOnlyList<Route>? all;

    /// <summary>Every route of the table, in the order declared.</summary>
    public static IReadOnlyList<Route> All => all ??= RouteTable.Of(typeof(UserRoutes));
}
