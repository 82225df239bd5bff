using System.Diagnostics;
using System.Net.Sockets;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;

namespace KipuHub.Benchmarks;

/// <summary>
/// The emulator in a process of its own, so that its work and allocations are not counted with the
/// benchmark's (BenchmarkDotNet's memory diagnoser measures the whole process).
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    readonly Process process;

    EmulatorProcess(Process process, Uri root)
    {
        this.process = process;
        Root = root;
        Raw = new HttpClient { BaseAddress = new Uri(root, "quantum/") };
        Raw.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
    }

    public Uri Root { get; }
    public HttpClient Raw { get; }

    public static EmulatorProcess Start()
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dll = typeof(EmulatorHost).Assembly.Location;
        var process = Process.Start(new ProcessStartInfo("dotnet", new[] { dll, "--urls", $"http://127.0.0.1:{port}" })
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;
        var root = new Uri($"http://127.0.0.1:{port}/");
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                probe.GetAsync(root).GetAwaiter().GetResult();
                return new EmulatorProcess(process, root);
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(100);
            }
        }
        process.Kill();
        throw new InvalidOperationException("The emulator process did not start.");
    }

    public HubQuantumClient Client(string? organization = null) => BenchEmulator.ClientFor(Root, organization);

    public void Dispose()
    {
        Raw.Dispose();
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
