using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's authentication: the principal behind the token.
public static partial class PlatformRoutes
{
    public static readonly Route Authorize = Seen("authorize", "POST", "authorize");
}
