using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's applications and their gateway credentials.
public static partial class PlatformRoutes
{
    // Applications: the 2024 API's routes (seen in the PLANQK CLI's generated client), nothing newer being known;
    // their gateway credentials' route is inferred.
    public static readonly Route GetApplications = Seen("get_applications", "GET", "v2/applications");
    public static readonly Route GetApplication = Seen("get_application", "GET", "v2/applications/{id}");
    public static readonly Route CreateApplication = Seen("create_application", "POST", "v2/applications", RouteKind.Create);
    public static readonly Route DeleteApplication = Seen("delete_application", "DELETE", "v2/applications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetApplicationCredentials = Inferred("get_application_credentials", "GET",
        "v2/applications/{id}/credentials");
    public static readonly Route RegenerateApplicationCredentials = Inferred("regenerate_application_credentials", "POST",
        "v2/applications/{id}/credentials/regenerate", RouteKind.Create);
    public static readonly Route UpdateApplication = Inferred("update_application", "PUT", "v2/applications/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetApplicationAccessToken = Seen("get_access_token", "POST", "v2/applications/{id}/access-token",
        RouteKind.Create);
}
