using KipuHub.Client.Core;
using KipuHub.Client.Quantum;

namespace KipuHub.Tests.Unit.Support;

public static class TestClients
{
    public const string Token = "kqh_test_token_0123456789abcdef";

    public static HubClientOptions Options(Uri root, Action<HubClientOptions>? configure = null)
    {
        var options = new HubClientOptions
        {
            ApiKey = Token,
            BaseUrl = new Uri(root, "quantum"),
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(40),
            MaxRetryAfter = TimeSpan.FromSeconds(2),
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static HubQuantumClient Quantum(Uri root, Action<HubClientOptions>? configure = null) => new(Options(root, configure));

    /// <summary>A loopback port with nothing listening on it.</summary>
    public static int FreePort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
