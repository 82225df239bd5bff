using System.Net;

namespace KipuHub.Client.Core;

/// <summary>The token never travels over plain http, except to this machine (the emulator).</summary>
public static class TransportSecurity
{
    public static void EnsureTokenMayTravel(Uri url)
    {
        if (!url.IsAbsoluteUri)
            throw new ArgumentException($"The base URL '{url}' must be absolute.", nameof(url));
        EnsurePlain(url);
        if (url.Scheme == Uri.UriSchemeHttps) return;
        if (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)) return;
        throw new ArgumentException(
            $"Refusing to send the token to '{Shown(url)}': use https, or http only for a Hub on this machine " +
                $"(localhost, 127.0.0.1, ::1).",
            nameof(url));
    }

    /// <summary>
    /// An endpoint is a scheme, a host, a port and a path: a user name and password in it (http://user:pass@host) would be shown
    /// wherever the endpoint is (-Verbose, Get-QHubContext, the saved connection), and a query or fragment would be sent with every
    /// call. Refused, naming the endpoint without them.
    /// </summary>
    public static void EnsurePlain(Uri url)
    {
        if (!url.IsAbsoluteUri) return;
        if (url.UserInfo.Length > 0)
            throw new ArgumentException($"The endpoint '{Shown(url)}' holds a user name or password (user:pass@), which it must not: " +
                "give the token with -Token, and the endpoint without them.", nameof(url));
        if (url.Query.Length > 0 || url.Fragment.Length > 0)
            throw new ArgumentException($"The endpoint '{Shown(url)}' holds a query or fragment (? or #): give the base URL alone.",
                nameof(url));
    }

    /// <summary>The endpoint as a message may show it: scheme, host, port and path, never the user information or query.</summary>
    public static string Shown(Uri url) => url.GetComponents(UriComponents.SchemeAndServer | UriComponents.Path, UriFormat.UriEscaped);

    public static bool IsLoopback(Uri url)
    {
        if (url.IsLoopback) return true;
        var host = url.Host.Trim('[', ']');
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
