using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.User.Models;

namespace KipuHub.Client.User;

/// <summary>The User API: the current user (more namespaces follow with the User API issue).</summary>
public sealed class HubUserClient : ApiCaller, IDisposable
{
    public HubUserClient(HubClientOptions options) : this(new HubTransport(options, e => e.User)) { }

    HubUserClient(HubTransport transport) : base(transport) { }

    public Task<UserInfo> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<UserInfo>(Request(UserRoutes.GetCurrentUser), cancellationToken);

    public HubTransport Raw => Transport;

    public void Dispose() => Transport.Dispose();
}
