using System.Net;

namespace KipuHub.Client.Core.Http;

/// <summary>
/// The proxy every call uses, except for this machine: a request to localhost, 127.0.0.1 or ::1 (the emulator, the only place
/// a token may go over plain http) never goes through a proxy, which would carry X-Auth-Token in clear to another machine.
/// HTTP_PROXY is often set beside HTTPS_PROXY in companies; .NET, unlike Go's net/http, does not exempt loopback itself.
/// </summary>
public sealed class LoopbackBypassProxy(IWebProxy? inner) : IWebProxy
{
    public ICredentials? Credentials
    {
        get => inner?.Credentials;
        set
        {
            if (inner is not null) inner.Credentials = value;
        }
    }

    public Uri? GetProxy(Uri destination) => IsBypassed(destination) ? destination : inner?.GetProxy(destination);

    public bool IsBypassed(Uri host) => TransportSecurity.IsLoopback(host) || inner is null || inner.IsBypassed(host);

    /// <summary>The system's proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY; the Windows settings), as HttpClient would use it.</summary>
    public static IWebProxy? System =>
        typeof(HttpClient).GetProperty("DefaultProxy")?.GetValue(null) as IWebProxy ?? WebRequest.DefaultWebProxy;
}
