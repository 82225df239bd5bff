using System.Diagnostics;
using System.Net.Sockets;
using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;

namespace KipuHub.Benchmarks;

/// <summary>
/// The emulator in a process of its own, so that its work, threads and allocations are not counted with the
/// benchmark's: every benchmark measures this process only.
/// </summary>
public sealed class EmulatorProcess : IDisposable
{
    readonly Process process;

    EmulatorProcess(Process process, Uri root)
    {
        this.process = process;
        Root = root;
        Raw = RawClient();
    }

    public Uri Root { get; }

    /// <summary>The emulator process's working set now.</summary>
    public long WorkingSet
    {
        get
        {
            process.Refresh();
            return process.WorkingSet64;
        }
    }
    public HttpClient Raw { get; }

    public static EmulatorProcess Start(params string[] arguments)
    {
        var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var dll = typeof(EmulatorHost).Assembly.Location;
        var process = Process.Start(new ProcessStartInfo("dotnet", new[] { dll, "--urls", $"http://127.0.0.1:{port}" }.Concat(arguments))
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

    /// <summary>A client of this emulator with its default options.</summary>
    public HubQuantumClient Client(string? organization = null) => new(new HubClientOptions
    {
        ApiKey = EmulatorOptions.DevToken,
        Environment = HubEnvironment.FromRoot(Root),
        OrganizationId = organization,
    });

    /// <summary>A raw HttpClient on the Quantum API, as a hand-written caller would make it.</summary>
    public HttpClient RawClient(string? organization = null)
    {
        var http = new HttpClient { BaseAddress = new Uri(Root, "quantum/") };
        http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
        if (organization is not null) http.DefaultRequestHeaders.Add("X-OrganizationId", organization);
        return http;
    }

    public void Dispose()
    {
        Raw.Dispose();
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
