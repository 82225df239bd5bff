using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Persistence;

public sealed class StateFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-state-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static HubQuantumClient Client(EmulatorHost host) =>
        new(new HubClientOptions { ApiKey = EmulatorOptions.DevToken, Environment = HubEnvironment.FromRoot(host.RootUrl) });

    [Fact]
    public async Task State_survives_a_restart_with_the_same_data_file()
    {
        var file = Path.Combine(folder, "state.json");
        string jobId, sessionId;
        await using (var first = await EmulatorHost.StartAsync(new EmulatorOptions { DataFile = file }))
        using (var client = Client(first))
        {
            sessionId = (await client.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws })).Id!;
            jobId = (await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 20, session: sessionId))).Id!;
            await client.Sessions.CloseSessionAsync(sessionId);
        }
        Assert.True(File.Exists(file));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));

        await using var second = await EmulatorHost.StartAsync(new EmulatorOptions { DataFile = file });
        using var again = Client(second);
        var job = await again.Jobs.GetJobAsync(jobId);
        Assert.Equal(sessionId, job.SessionId);
        Assert.Equal(SessionStatus.Closed, (await again.Sessions.GetSessionAsync(sessionId)).Status);
        await new JobWaiter(again.Jobs, new[] { jobId }).WaitAsync();
        Assert.Contains("counts", (await again.Jobs.GetJobResultAsync(jobId)).Text);
    }

    [Fact]
    public async Task A_corrupt_data_file_is_a_clear_error()
    {
        var file = Path.Combine(folder, "state.json");
        File.WriteAllText(file, "{ not json");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EmulatorHost.StartAsync(new EmulatorOptions { DataFile = file }));
        Assert.Contains(file, error.Message);
    }
}
