using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's data_pools, data_pool_grants and data_pool_shares.
public static partial class PlatformRoutes
{
    public static readonly Route GetDataPools = Seen("get_data_pools", "GET", "datapools");
    public static readonly Route GetDataPool = Seen("get_data_pool", "GET", "datapools/{id}");
    public static readonly Route CreateDataPool = Seen("create_data_pool", "POST", "datapools", RouteKind.Create);
    public static readonly Route UpdateDataPool = Seen("update_data_pool", "PUT", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route DeleteDataPool = Seen("delete_data_pool", "DELETE", "datapools/{id}", RouteKind.IdempotentWrite);
    public static readonly Route GetDataPoolFiles = Seen("get_data_pool_files", "GET", "datapools/{id}/files");
    public static readonly Route AddDataPoolFile = Seen("add_data_pool_file", "POST", "datapools/{id}/files", RouteKind.Create);
    public static readonly Route GetDataPoolFile = Seen("get_data_pool_file", "GET", "datapools/{id}/files/{fileId}");
    public static readonly Route DeleteDataPoolFile = Seen("delete_data_pool_file", "DELETE", "datapools/{id}/files/{fileId}",
        RouteKind.IdempotentWrite);

    // Grants and shares of data pools: nothing public; below the current /datapools prefix.
    public static readonly Route GetDataPoolGrants = Inferred("get_data_pool_grants", "GET", "datapools/{id}/grants");
    public static readonly Route CreateDataPoolGrant = Inferred("create_data_pool_grant", "POST", "datapools/{id}/grants",
        RouteKind.Create);
    public static readonly Route DeleteDataPoolGrant = Inferred("delete_data_pool_grant", "DELETE", "datapools/{id}/grants/{grantId}",
        RouteKind.IdempotentWrite);
    public static readonly Route GetDataPoolShares = Inferred("get_data_pool_shares", "GET", "datapools/{id}/shares");
    public static readonly Route CreateDataPoolShare = Inferred("create_data_pool_share", "POST", "datapools/{id}/shares",
        RouteKind.Create);
    public static readonly Route UpdateDataPoolShare = Inferred("update_data_pool_share", "PUT", "datapools/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
    public static readonly Route DeleteDataPoolShare = Inferred("delete_data_pool_share", "DELETE", "datapools/{id}/shares/{shareId}",
        RouteKind.IdempotentWrite);
}
