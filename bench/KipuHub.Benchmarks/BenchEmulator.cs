using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;

namespace KipuHub.Benchmarks;

/// <summary>An emulator on loopback with the client and a raw HttpClient pointed at it, the same way.</summary>
public sealed class BenchEmulator : IAsyncDisposable
{
    BenchEmulator(EmulatorHost host)
    {
        Host = host;
        Raw = new HttpClient { BaseAddress = new Uri(host.RootUrl, "quantum/") };
        Raw.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
    }

    public EmulatorHost Host { get; }
    public HttpClient Raw { get; }

    public static async Task<BenchEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions();
        configure?.Invoke(options);
        return new BenchEmulator(await EmulatorHost.StartAsync(options));
    }

    public HubQuantumClient Client(string? organization = null) => ClientFor(Host.RootUrl, organization);

    /// <summary>A client of the emulator at <paramref name="root"/>, with its default options.</summary>
    public static HubQuantumClient ClientFor(Uri root, string? organization) => new(new HubClientOptions
    {
        ApiKey = EmulatorOptions.DevToken,
        Environment = HubEnvironment.FromRoot(root),
        OrganizationId = organization,
    });

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await Host.DisposeAsync();
    }
}
