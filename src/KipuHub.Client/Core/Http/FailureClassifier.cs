using System.Net.Sockets;

namespace KipuHub.Client.Core.Http;

/// <summary>Tells a connection that never opened (safe to retry anything) from one that broke after sending.</summary>
internal static class FailureClassifier
{
    static readonly HashSet<SocketError> ConnectErrors = new()
    {
        SocketError.ConnectionRefused, SocketError.HostNotFound, SocketError.HostUnreachable,
        SocketError.NetworkUnreachable, SocketError.TryAgain, SocketError.NoData, SocketError.AddressNotAvailable,
    };

    // HttpRequestException.HttpRequestError (.NET 8+) values that occur before the request is written:
    // NameResolutionError, ConnectionError, SecureConnectionError. Read by name: this assembly targets netstandard2.0.
    static readonly HashSet<string> ConnectRequestErrors = new(StringComparer.Ordinal)
    {
        "NameResolutionError", "ConnectionError", "SecureConnectionError",
    };

    public static bool CertainlyNotSent(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            // A failed TLS handshake: every runtime has this inner exception, older ones no HttpRequestError.
            if (e is System.Security.Authentication.AuthenticationException) return true;
            if (e is SocketException socket && ConnectErrors.Contains(socket.SocketErrorCode)) return true;
            if (e is HttpRequestException http)
            {
                var kind = http.GetType().GetProperty("HttpRequestError")?.GetValue(http)?.ToString();
                if (kind is not null && ConnectRequestErrors.Contains(kind)) return true;
            }
        }
        return false;
    }
}
