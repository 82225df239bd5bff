using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;

namespace KipuHub.Tests.Unit.Support;

/// <summary>An emulator on a free loopback port, with short job durations, per test class.</summary>
public class EmulatorFixture : IAsyncLifetime
{
    public EmulatorHost Host { get; private set; } = null!;
    public Uri Root => Host.RootUrl;

    protected virtual void Configure(EmulatorOptions options) { }

    public async Task InitializeAsync()
    {
        var options = new EmulatorOptions
        {
            JobPendingDuration = TimeSpan.FromMilliseconds(100),
            JobRunningDuration = TimeSpan.FromMilliseconds(150),
            CancelDuration = TimeSpan.FromMilliseconds(100),
            ExecutionRunningDuration = TimeSpan.FromMilliseconds(150),
        };
        options.Tokens["second-user-token-000000"] = new EmulatorUser("user-2", "second@emulator.local", "Second User");
        Configure(options);
        Host = await EmulatorHost.StartAsync(options);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    public HubQuantumClient Quantum(string? organization = null, string token = EmulatorOptions.DevToken, Action<HubClientOptions>? configure = null) =>
        new(Options(organization, token, configure));

    /// <summary>
    /// An organization of this id with the dev user as its owner, made if missing: the emulator answers 403 to a context the
    /// caller is not a member of, as the Hub does.
    /// </summary>
    public string Organization(string id)
    {
        Host.Organizations.Seed(id, EmulatorOptions.DevUserId);
        return id;
    }

    public HubClientOptions Options(string? organization = null, string token = EmulatorOptions.DevToken, Action<HubClientOptions>? configure = null)
    {
        if (organization is not null) Organization(organization);
        var options = new HubClientOptions
        {
            ApiKey = token,
            Environment = HubEnvironment.FromRoot(Root),
            OrganizationId = organization,
            RetryBaseDelay = TimeSpan.FromMilliseconds(5),
            MaxRetryDelay = TimeSpan.FromMilliseconds(50),
            Timeout = TimeSpan.FromSeconds(10),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A raw HTTP client for what the typed client must not be used to check (bad input, control endpoints).</summary>
    public HttpClient Http(string? token = EmulatorOptions.DevToken)
    {
        var http = new HttpClient { BaseAddress = Root };
        if (token is not null) http.DefaultRequestHeaders.Add("X-Auth-Token", token);
        return http;
    }

    public async Task<IReadOnlyList<JsonObject>> AllJobsAsync()
    {
        using var http = Http();
        var array = await http.GetFromJsonAsync<JsonArray>("_emulator/jobs");
        return array!.OfType<JsonObject>().ToList();
    }

    /// <summary>Requests the emulator has served, by "METHOD /route/{template}".</summary>
    public async Task<Dictionary<string, int>> RequestCountsAsync()
    {
        using var http = Http();
        return (await http.GetFromJsonAsync<Dictionary<string, int>>("_emulator/stats"))!;
    }

    public async Task ClearRequestCountsAsync()
    {
        using var http = Http();
        await http.DeleteAsync("_emulator/stats");
    }

    /// <summary>Submits a job (a Bell pair by default) and waits until it is done; its id.</summary>
    public static async Task<string> FinishedJobAsync(HubQuantumClient client, int shots = 10, string backend = "aws.sim.sv1",
        KipuHub.Client.Quantum.Models.JobInput? input = null)
    {
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(input ?? Circuits.Bell(), shots, backend));
        await WaitForAsync(client, job.Id!);
        return job.Id!;
    }

    /// <summary>Waits until the job has ended, polling briefly.</summary>
    public static Task WaitForAsync(HubQuantumClient client, string jobId) =>
        new JobWaiter(client.Jobs, new[] { jobId }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(30) }).WaitAsync();

    public async Task AddFaultAsync(object rule)
    {
        using var http = Http();
        var response = await http.PostAsJsonAsync("_emulator/faults", rule);
        response.EnsureSuccessStatusCode();
    }
}
