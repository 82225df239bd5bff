using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using KipuHub.Emulator;
using KipuHub.Emulator.Faults;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Infrastructure;

/// <summary>
/// What the emulator shows to whom: a web page cannot reach it through another host name, it binds loopback however it is
/// configured, a shared one refuses the published secrets, its data file is its user's alone, and its own failures to start
/// are one line.
/// </summary>
public sealed class ExposureTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-exposure-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static string EmulatorDll => Path.Combine(AppContext.BaseDirectory, "KipuHub.Emulator.dll");

    [Fact]
    public async Task A_request_addressed_to_another_host_name_is_refused_as_dns_rebinding_would_send_it()
    {
        await using var host = await EmulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.RootUrl };
        http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);

        var rebound = new HttpRequestMessage(HttpMethod.Get, "quantum/backends") { Headers = { Host = "attacker.example" } };
        Assert.Equal(HttpStatusCode.MisdirectedRequest, (await http.SendAsync(rebound)).StatusCode);
        var root = new HttpRequestMessage(HttpMethod.Get, "") { Headers = { Host = "attacker.example" } };
        Assert.DoesNotContain("attacker.example", await (await http.SendAsync(root)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var named = new HttpRequestMessage(HttpMethod.Get, "quantum/backends") { Headers = { Host = $"localhost:{host.RootUrl.Port}" } };
        Assert.Equal(HttpStatusCode.OK, (await http.SendAsync(named)).StatusCode);
    }

    [Fact]
    public async Task Reachable_from_other_machines_it_refuses_the_published_token_and_gateway_credentials()
    {
        var options = new EmulatorOptions { AllowRemote = true };
        Assert.Contains("--token or --user", (await Assert.ThrowsAsync<ArgumentException>(() => EmulatorHost.StartAsync(options))).Message);

        options = new EmulatorOptions { AllowRemote = true };
        CommandLine.Apply(new[] { "--token", "team-token-0123456789" }, options);
        await using var host = await EmulatorHost.StartAsync(options);
        using var http = new HttpClient { BaseAddress = host.RootUrl };

        Assert.Equal(HttpStatusCode.Unauthorized, (await Get(http, "quantum/backends", EmulatorOptions.DevToken)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Get(http, "quantum/backends", "team-token-0123456789")).StatusCode);
        var token = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "gateway/token")
        {
            Headers = { Authorization = new("Basic", Convert.ToBase64String("emulator-key:emulator-secret"u8.ToArray())) },
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        });
        Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
    }

    static Task<HttpResponseMessage> Get(HttpClient http, string path, string token) =>
        http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { { "X-Auth-Token", token } } });

    [Fact]
    public async Task An_address_from_the_environment_that_is_not_loopback_is_refused_in_one_line()
    {
        var (exit, error) = await RunAsync(new[] { "--urls", "http://127.0.0.1:0" },
            ("Kestrel__Endpoints__Remote__Url", "http://0.0.0.0:0"));

        Assert.Equal(1, exit);
        Assert.Contains("Refusing to listen on 'http://0.0.0.0", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_naming_the_address_and_urls()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";

        var (exit, error) = await RunAsync(new[] { "--urls", url });

        Assert.Equal(1, exit);
        Assert.Equal($"The address {url} is in use: pick another port with --urls http://127.0.0.1:<port>, or stop what uses it.",
            error.Trim());
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task The_data_file_and_its_journal_are_their_users_alone_under_any_umask()
    {
        var data = Path.Combine(folder, "state.db");
        var previous = Posix.umask(0);
        try
        {
            await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { DataFile = data });
            using var http = new HttpClient { BaseAddress = host.RootUrl };
            http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
            (await http.PostAsJsonAsync("qc-catalog/datapools", new { name = "pool" })).EnsureSuccessStatusCode();
            Assert.Contains(data + "-wal", Directory.GetFiles(folder));
            foreach (var file in Directory.GetFiles(folder))
                Assert.True(File.GetUnixFileMode(file) == (UnixFileMode.UserRead | UnixFileMode.UserWrite), $"{file}: {File.GetUnixFileMode(file)}");
        }
        finally
        {
            Posix.umask(previous);
        }
    }

    [Fact]
    public void Fault_rules_are_bounded_in_number()
    {
        var faults = new FaultRegistry(1);
        for (var i = 0; i < FaultRegistry.MaxRules; i++) faults.Add(new FaultRule { Path = "/quantum/**", Count = 1, Status = 500 });
        var refused = Assert.Throws<ArgumentException>(() => faults.Add(new FaultRule { Path = "/**", Status = 500 }));
        Assert.Contains("DELETE /_emulator/faults", refused.Message, StringComparison.Ordinal);
        Assert.Equal(FaultRegistry.MaxRules, faults.List().Count);
    }

    static async Task<(int Exit, string Error)> RunAsync(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(EmulatorDll);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        // A process that starts would wait for Ctrl+C: a minute is the hang detector, never the expected time.
        using var hang = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new Xunit.Sdk.XunitException($"the emulator did not stop: {await output}");
        }
        return (process.ExitCode, await error);
    }
}
