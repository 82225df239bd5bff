using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's organizations, their members and provider tokens.
public static partial class PlatformRoutes
{
    // Organizations: nothing public; the Hub's conventions.
    public static readonly Route GetOrganizations = Inferred("get_organizations", "GET", "organizations");
    public static readonly Route GetOrganization = Inferred("get_organization", "GET", "organizations/{id}");
    public static readonly Route CreateOrganization = Inferred("create_organization", "POST", "organizations", RouteKind.Create);
    public static readonly Route UpdateOrganization = Inferred("update_organization", "PUT", "organizations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteOrganization = Inferred("delete_organization", "DELETE", "organizations/{id}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetOrganizationMembers = Inferred("get_organization_members", "GET", "organizations/{id}/members");
    public static readonly Route AddOrganizationMember = Inferred("add_organization_member", "POST", "organizations/{id}/members",
        RouteKind.Create);
    public static readonly Route UpdateOrganizationMember = Inferred("update_organization_member", "PUT",
        "organizations/{id}/members/{userId}", RouteKind.IdempotentWrite);
    public static readonly Route RemoveOrganizationMember = Inferred("remove_organization_member", "DELETE",
        "organizations/{id}/members/{userId}", RouteKind.IdempotentWrite);
    public static readonly Route GetProviderTokens = Inferred("get_provider_tokens", "GET", "organizations/{id}/provider-tokens");
    public static readonly Route SetProviderToken = Inferred("set_provider_token", "PUT", "organizations/{id}/provider-tokens/{provider}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteProviderToken = Inferred("delete_provider_token", "DELETE",
        "organizations/{id}/provider-tokens/{provider}", RouteKind.IdempotentWrite);
}
