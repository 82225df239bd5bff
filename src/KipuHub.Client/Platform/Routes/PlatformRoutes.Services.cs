using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's services, their versions and shares.
public static partial class PlatformRoutes
{
    // Services: the 2024 API's routes, listed paged as the current SDK's get_services(page, size) shows. No generation
    // of the API has POST services: services are created by kind (managed, external and workflow services, below).
    public static readonly Route GetServices = Seen("get_services", "GET", "services");
    public static readonly Route GetService = Seen("get_service", "GET", "services/{id}");
    public static readonly Route DeleteService = Seen("delete_service", "DELETE", "services/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetServiceVersions = Seen("get_service_versions", "GET", "services/{id}/versions");
    public static readonly Route GetServiceVersion = Seen("get_service_version", "GET", "services/{serviceId}/versions/{versionId}");
    public static readonly Route UpdateServiceVersion = Seen("update_service_version", "PUT", "services/{serviceId}/versions/{versionId}",
        RouteKind.IdempotentWrite);
    // Not retried once sent: a publish that went through answers 409 the second time.
    public static readonly Route PublishService = Seen("publish_service", "POST", "services/{serviceId}/versions/{versionId}/publish",
        RouteKind.Create);
    public static readonly Route UnpublishService = Seen("unpublish_service", "POST",
        "services/{serviceId}/versions/{versionId}/unpublish", RouteKind.Create);

    // Service shares: nothing public; the Hub's conventions, as the data pools' shares.
    public static readonly Route GetServiceShares = Inferred("get_service_shares", "GET", "services/{id}/shares");
    public static readonly Route CreateServiceShare = Inferred("create_service_share", "POST", "services/{id}/shares", RouteKind.Create);
    public static readonly Route UpdateServiceShare = Inferred("update_service_share", "PUT", "services/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteServiceShare = Inferred("delete_service_share", "DELETE", "services/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
}
