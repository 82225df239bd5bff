using System.Net.Http.Json;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;

namespace KipuHub.Benchmarks;

/// <summary>
/// The client's cost over a raw HttpClient + System.Text.Json doing the same request against the same
/// emulator: a read, a create and one page of search. Each raw variant is the baseline of its category.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ClientOverheadBenchmarks
{
    static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, PropertyNameCaseInsensitive = true };
    static readonly RawCreateJobRequest RawCreate = new("aws.sim.sv1", 10,
        new RawIonqInput("aws.sim.sv1", "qis", 2, new List<RawGateInput> { new("h", new() { 0 }, null), new("cnot", new() { 1 }, new() { 0 }) }),
        "IONQ_CIRCUIT_V1");

    EmulatorProcess emulator = null!;
    HubQuantumClient client = null!;
    HttpClient searchRaw = null!;
    HubQuantumClient searchClient = null!;
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

    // Synchronous on purpose: the in-process toolchain does not wait for an async GlobalSetup.
    [GlobalSetup]
    public void Setup()
    {
        emulator = EmulatorProcess.Start();
        client = emulator.Client();
        // Search runs in an organization of its own with a fixed 100 jobs, unaffected by the creates.
        searchClient = emulator.Client("org-search");
        for (var i = 0; i < 100; i++) searchClient.Jobs.CreateJobAsync(createRequest).GetAwaiter().GetResult();
        searchRaw = new HttpClient { BaseAddress = emulator.Raw.BaseAddress };
        searchRaw.DefaultRequestHeaders.Add("X-Auth-Token", KipuHub.Emulator.EmulatorOptions.DevToken);
        searchRaw.DefaultRequestHeaders.Add("X-OrganizationId", "org-search");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        client.Dispose();
        searchClient.Dispose();
        searchRaw.Dispose();
        emulator.Dispose();
    }

    [BenchmarkCategory("get backend"), Benchmark(Baseline = true)]
    public async Task<RawBackend?> RawGetBackend() => await emulator.Raw.GetFromJsonAsync<RawBackend>("backends/aws.sim.sv1", Snake);

    [BenchmarkCategory("get backend"), Benchmark]
    public Task<Backend> ClientGetBackend() => client.Backends.GetBackendAsync("aws.sim.sv1");

    [BenchmarkCategory("create job"), Benchmark(Baseline = true)]
    public async Task<RawJob?> RawCreateJob()
    {
        using var response = await emulator.Raw.PostAsJsonAsync("jobs", RawCreate, Snake);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<RawJob>(Snake);
    }

    [BenchmarkCategory("create job"), Benchmark]
    public Task<Job> ClientCreateJob() => client.Jobs.CreateJobAsync(createRequest);

    [BenchmarkCategory("search page"), Benchmark(Baseline = true)]
    public async Task<RawPage?> RawSearchPage() => await searchRaw.GetFromJsonAsync<RawPage>("jobs?page=0&size=20&sort=created_at,desc", Snake);

    [BenchmarkCategory("search page"), Benchmark]
    public Task<PageResponse<Job>> ClientSearchPage() => searchClient.Jobs.SearchJobsAsync(0, 20, new[] { "created_at,desc" });

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
