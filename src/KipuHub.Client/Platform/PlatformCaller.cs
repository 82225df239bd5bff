using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Platform;

/// <summary>A Platform namespace client: every request in the organization it was made for (X-OrganizationId).</summary>
public abstract class PlatformCaller : ApiCaller
{
    readonly string? organizationId;

    protected PlatformCaller(HubTransport transport, string? organizationId) : base(transport)
    {
        this.organizationId = organizationId;
    }

    /// <summary>A request of the route, with the per-call organization when one was chosen (it wins over the client's).</summary>
    protected HubRequest Scoped(Route route, params string[] pathValues) =>
        Request(route, pathValues).WithHeader("X-OrganizationId", organizationId);

    /// <summary>The items with what the answer left out filled in (the id of the resource they belong to).</summary>
    protected static IReadOnlyList<T> Filled<T>(IReadOnlyList<T> items, Action<T> fill)
    {
        foreach (var item in items) fill(item);
        return items;
    }
}
