using System.Net.Http.Json;
using System.Text.Json;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// The client's cost over a raw HttpClient + System.Text.Json doing the same request against the same emulator
/// (out of process): a read, a create and one page of search. Each round times a block of raw calls and a block
/// of client calls, interleaved; a round's figure is the median call of its block.
/// </summary>
public sealed class OverheadBenchmark : IDisposable
{
    const int CallsPerBlock = 500;
    // Enough calls for both processes to finish tiered JIT compilation of every path measured.
    const int WarmUpCalls = 2000;
    static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true };
    static readonly RawCreateJobRequest RawCreate = new("aws.sim.sv1", 10,
        new RawIonqInput("aws.sim.sv1", "qis", 2, new List<RawGateInput> { new("h", new() { 0 }, null), new("cnot", new() { 1 }, new() { 0 }) }),
        "IONQ_CIRCUIT_V1");

    readonly EmulatorProcess emulator = EmulatorProcess.Start();
    readonly HubQuantumClient client;
    readonly HttpClient searchRaw;
    readonly HubQuantumClient searchClient;
    readonly CreateJobRequest createRequest = new()
    {
        BackendId = "aws.sim.sv1",
        Shots = 10,
        Input = new AzureIonqJobInput
        {
            Qubits = 2,
            Circuit = { new IonqGate { Type = "h", Targets = { 0 } }, new IonqGate { Type = "cnot", Controls = new() { 0 }, Targets = { 1 } } },
        },
    };

    OverheadBenchmark()
    {
        client = emulator.Client();
        // Search runs in an organization of its own with a fixed 100 jobs, unaffected by the creates.
        searchClient = emulator.Client("org-search");
        searchRaw = emulator.RawClient("org-search");
    }

    public static async Task RunAsync()
    {
        using var bench = new OverheadBenchmark();
        for (var i = 0; i < 100; i++) await bench.searchClient.Jobs.CreateJobAsync(bench.createRequest);
        var rows = new List<string[]>();
        await bench.CompareAsync("get backend", bench.RawGetBackend, bench.ClientGetBackend, rows);
        await bench.CompareAsync("create job", bench.RawCreateJob, bench.ClientCreateJob, rows);
        await bench.CompareAsync("one page of search (20 jobs)", bench.RawSearchPage, bench.ClientSearchPage, rows);
        Report.Table($"Client overhead per call (median call of {CallsPerBlock} per block; median and min–max over {Interleaved.Runs} interleaved blocks)",
            new[] { "call", "raw", "client", "ratio (medians)", "raw p95", "client p95", "raw allocated", "client allocated" }, rows);
    }

    async Task CompareAsync(string name, Func<Task> raw, Func<Task> viaClient, List<string[]> rows)
    {
        var rawBlocks = new Samples();
        var clientBlocks = new Samples();
        var rawCalls = new Samples();
        var clientCalls = new Samples();
        var rawBytes = new Samples();
        var clientBytes = new Samples();
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await raw();
            await viaClient();
        }
        await Interleaved.RunAsync(Interleaved.Runs,
            measured => CallBlock.RunAsync(raw, CallsPerBlock, measured ? rawBlocks : null, rawCalls, rawBytes),
            measured => CallBlock.RunAsync(viaClient, CallsPerBlock, measured ? clientBlocks : null, clientCalls, clientBytes));
        rows.Add(new[]
        {
            name, rawBlocks.Text("0.0", "µs"), clientBlocks.Text("0.0", "µs"), Report.Ratio(clientBlocks.Median, rawBlocks.Median),
            $"{rawCalls.Percentile(0.95):0.0} µs", $"{clientCalls.Percentile(0.95):0.0} µs",
            $"{rawBytes.Median / 1024:0.0} KB", $"{clientBytes.Median / 1024:0.0} KB",
        });
    }

    async Task RawGetBackend() => await emulator.Raw.GetFromJsonAsync<RawBackend>("backends/aws.sim.sv1", Snake);

    Task ClientGetBackend() => client.Backends.GetBackendAsync("aws.sim.sv1");

    async Task RawCreateJob()
    {
        using var response = await emulator.Raw.PostAsJsonAsync("jobs", RawCreate, Snake);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadFromJsonAsync<RawJob>(Snake);
    }

    Task ClientCreateJob() => client.Jobs.CreateJobAsync(createRequest);

    async Task RawSearchPage() => await searchRaw.GetFromJsonAsync<RawPage>("jobs?page=0&size=20&sort=created_at,desc", Snake);

    Task ClientSearchPage() => searchClient.Jobs.SearchJobsAsync(0, 20, new[] { "created_at,desc" });

    public void Dispose()
    {
        client.Dispose();
        searchClient.Dispose();
        searchRaw.Dispose();
        emulator.Dispose();
    }

    // What a hand-written caller would deserialize: every field the client's DTOs have, enums as plain strings.
    public sealed record RawBackend(
        string? Id, string? InternalId, string? Provider, string? HardwareProvider, string? Name, string? DisplayName, string? Type,
        string? Technology, string? Status, int? QueueSize, long? AvgQueueTime, DateTimeOffset? UpdatedAt, string? AccessType,
        RawDocumentation? Documentation, RawConfiguration? Configuration, List<RawAvailability>? Availability, List<RawCost>? Costs,
        bool? HasCalibration, bool? FreeOfCharge);
    public sealed record RawDocumentation(string? Description, string? Url, string? StatusUrl, string? Location, List<string>? Sdks);
    public sealed record RawConfiguration(
        List<RawGate>? Gates, List<string>? Operations, int? QubitCount, RawConnectivity? Connectivity, RawShotsRange? ShotsRange,
        List<string>? SupportedInputFormats, string? OutputFormat, bool? MemoryResultSupported, JsonElement? PhotonicProperties,
        List<RawQubit>? Qubits, List<string>? Instructions);
    public sealed record RawGate(string? Name, bool? NativeGate);
    public sealed record RawQubit(string? Id);
    public sealed record RawConnectivity(bool? FullyConnected, Dictionary<string, List<string>>? Graph);
    public sealed record RawShotsRange(int? Min, int? Max);
    public sealed record RawAvailability(string? Granularity, string? Start, string? End);
    public sealed record RawCost(string? Granularity, string? Currency, double? Value);
    public sealed record RawJob(
        string? Id, string? Name, string? BackendId, string? Provider, string? ProviderJobId, string? SessionId, string? Status, int? Shots,
        string? InputFormat, JsonElement? InputParams, List<string>? Tags, DateTimeOffset? CreatedAt, DateTimeOffset? StartedAt,
        DateTimeOffset? EndedAt, long? Runtime, string? SdkProvider, JsonElement? ErrorData);
    public sealed record RawPage(List<RawJob>? Content, int? Page, int? Size, long? TotalElements, int? TotalPages);
    public sealed record RawCreateJobRequest(string BackendId, int Shots, RawIonqInput Input, string InputFormat);
    public sealed record RawIonqInput([property: System.Text.Json.Serialization.JsonPropertyName("backendId")] string BackendId, string Gateset, int Qubits, List<RawGateInput> Circuit);
    public sealed record RawGateInput(string Type, List<int> Targets, List<int>? Controls);
}
