using KipuHub.Client.Core.Http;
using static KipuHub.Client.Core.Http.Route;

namespace KipuHub.Client.Platform;

// The Platform API's marketplace.
public static partial class PlatformRoutes
{
    // The marketplace: seen in the Hub's MCP server (current) and the 2024 CLI alike.
    public static readonly Route FindServices = Seen("find_services", "GET", "v2/apis");
    public static readonly Route FindService = Seen("find_service", "GET", "v2/apis/{id}");
    public static readonly Route GetApiSpec = Seen("get_api_spec", "GET", "v2/apis/{id}/api-spec");
}
