using System.Net;

namespace KipuHub.Client.Core;

/// <summary>The token never travels over plain http, except to this machine (the emulator).</summary>
public static class TransportSecurity
{
    public static void EnsureTokenMayTravel(Uri url)
    {
        if (!url.IsAbsoluteUri)
            throw new ArgumentException($"The base URL '{url}' must be absolute.", nameof(url));
        if (url.Scheme == Uri.UriSchemeHttps) return;
        if (url.Scheme == Uri.UriSchemeHttp && IsLoopback(url)) return;
        throw new ArgumentException(
            $"Refusing to send the token to '{url.GetLeftPart(UriPartial.Authority)}': use https, or http only for a Hub on this machine " +
                $"(localhost, 127.0.0.1, ::1).",
            nameof(url));
    }

    public static bool IsLoopback(Uri url)
    {
        if (url.IsLoopback) return true;
        var host = url.Host.Trim('[', ']');
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
