using System.Net;

namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// On loopback (the default), only requests addressed to this machine by name are answered: a web page the user opens cannot
/// drive the emulator through DNS rebinding (a name of the attacker's that resolves to 127.0.0.1 carries that name in Host),
/// and no link the emulator writes (/, HAL links, gateway URLs) can name a host of the attacker's. With --allow-remote the
/// emulator is reachable by whatever name the network gives it, and any Host is answered.
/// </summary>
public sealed class HostFilter(RequestDelegate next, EmulatorOptions options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (options.AllowRemote || IsLoopback(context.Request.Host.Host))
        {
            await next(context);
            return;
        }
        await ApiError.WriteAsync(context, 421, "This emulator answers requests addressed to localhost, 127.0.0.1 or [::1] only (the " +
            "Host header); start it with --allow-remote to reach it by another name.");
    }

    public static bool IsLoopback(string host)
    {
        host = host.Trim('[', ']');
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) ||
            (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
    }
}
