using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Quantum;

public sealed class BackendTests : EmulatorFixture
{
    [Fact]
    public async Task The_catalog_spans_providers_types_and_states()
    {
        using var client = Quantum();
        var backends = await client.Backends.GetBackendsAsync();
        Assert.True(backends.Count >= 12);
        foreach (var provider in new[] { "AWS", "AZURE", "IBM", "IQM", "QUANDELA" })
            Assert.Contains(backends, b => b.Provider!.Equals(provider));
        Assert.Contains(backends, b => b.Type == BackendType.Simulator);
        Assert.Contains(backends, b => b.Type == BackendType.Qpu);
        Assert.Contains(backends, b => b.Status == BackendStatus.Offline);
        Assert.All(backends, b => Assert.True(b.Configuration!.QubitCount > 0));
        Assert.All(backends, b => Assert.NotEmpty(b.Costs!));
        Assert.Contains(backends, b => b.Configuration!.PhotonicProperties is not null);
    }

    [Fact]
    public async Task Provider_filter_is_case_insensitive()
    {
        using var client = Quantum();
        var ibm = await client.Backends.GetBackendsAsync("ibm");
        Assert.NotEmpty(ibm);
        Assert.All(ibm, b => Assert.Equal(Provider.Ibm, b.Provider));
    }

    [Fact]
    public async Task Least_busy_picks_the_shortest_online_ibm_queue_and_refuses_other_providers()
    {
        using var client = Quantum();
        var all = (await client.Backends.GetBackendsAsync("IBM")).Where(b => b.Status == BackendStatus.Online).ToList();
        var least = await client.Backends.GetLeastBusyBackendAsync("IBM");
        Assert.Equal(all.Min(b => b.QueueSize), least.QueueSize);
        var big = await client.Backends.GetLeastBusyBackendAsync("IBM", minQubits: 150);
        Assert.True(big.Configuration!.QubitCount >= 150);
        await Assert.ThrowsAsync<NotFoundException>(() => client.Backends.GetLeastBusyBackendAsync("IBM", minQubits: 1000));
        var error = await Assert.ThrowsAsync<BadRequestException>(() => client.Backends.GetLeastBusyBackendAsync("AWS"));
        Assert.Contains("only available for IBM", error.Message);
    }

    [Fact]
    public async Task Status_config_and_calibration_history()
    {
        using var client = Quantum();
        var state = await client.Backends.GetBackendStatusAsync("aws.ionq.aria");
        Assert.Equal(BackendStatus.Online, state.Status);
        Assert.Equal(14, state.QueueSize);
        var config = (Dictionary<string, object?>)(await client.Backends.GetBackendConfigAsync("aws.ionq.aria"))!.Value!;
        Assert.Equal(25L, config["qubit_count"]);

        var latest = await client.Backends.GetBackendCalibrationAsync("ibm.kyiv");
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero), latest!.CalibratedAt);
        var earlier = await client.Backends.GetBackendCalibrationAsync("ibm.kyiv", new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 6, 0, 0, TimeSpan.Zero), earlier!.CalibratedAt);
        Assert.Null(await client.Backends.GetBackendCalibrationAsync("ibm.kyiv", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)));
        Assert.Null(await client.Backends.GetBackendCalibrationAsync("aws.sim.sv1"));
        await Assert.ThrowsAsync<NotFoundException>(() => client.Backends.GetBackendAsync("no.such"));
    }
}

public sealed class CustomSeedTests : EmulatorFixture, IDisposable
{
    readonly string seedFile = Path.GetTempFileName();

    protected override void Configure(KipuHub.Emulator.EmulatorOptions options)
    {
        File.WriteAllText(seedFile, """[{"id":"my.sim","provider":"KIPU","type":"SIMULATOR","status":"ONLINE","configuration":{"qubit_count":5},"emulator":{"sessions":true}}]""");
        options.BackendSeedFile = seedFile;
    }

    public void Dispose() => File.Delete(seedFile);

    [Fact]
    public async Task A_users_seed_file_replaces_the_catalog()
    {
        using var client = Quantum();
        var backend = Assert.Single(await client.Backends.GetBackendsAsync());
        Assert.Equal("my.sim", backend.Id);
        Assert.Equal(Provider.Kipu, backend.Provider);
        var session = await client.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "my.sim", Provider = Provider.Kipu });
        Assert.Equal(SessionStatus.Open, session.Status);
    }
}
