using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.User;

/// <summary>Routes of the User API (../shared/api/user.yaml). The User API issue completes this table.</summary>
public static class UserRoutes
{
    public static readonly Route GetCurrentUser = Seen("get_current_user", "GET", "me");
}
