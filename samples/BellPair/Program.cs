using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Emulator;

// Runs against a Hub given as the first argument (e.g. a running emulator: http://127.0.0.1:5080),
// or starts an emulator in this process when none is given.
await using var emulator = args.Length == 0 ? await EmulatorHost.StartAsync() : null;
var root = args.Length == 0 ? emulator!.RootUrl : new Uri(args[0]);
var token = Environment.GetEnvironmentVariable("KQH_PERSONAL_ACCESS_TOKEN") ?? EmulatorOptions.DevToken;

using var hub = new HubQuantumClient(new HubClientOptions { ApiKey = token, Environment = HubEnvironment.FromRoot(root) });

Console.WriteLine($"Hub: {root}");
Console.WriteLine();
Console.WriteLine($"{"Id",-22} {"Provider",-9} {"Type",-10} {"Status",-8} {"Qubits",6} {"Queue",6}");
foreach (var backend in await hub.Backends.GetBackendsAsync("AWS"))
    Console.WriteLine($"{backend.Id,-22} {backend.Provider,-9} {backend.Type,-10} {backend.Status,-8} {backend.Configuration?.QubitCount,6} {backend.QueueSize,6}");

var session = await hub.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws, Mode = SessionMode.Batch });
Console.WriteLine();
Console.WriteLine($"Session {session.Id} is {session.Status}");
try
{
    var bell = new AzureIonqJobInput
    {
        Qubits = 2,
        Circuit =
        {
            new IonqGate { Type = "h", Targets = { 0 } },
            new IonqGate { Type = "cnot", Controls = new() { 0 }, Targets = { 1 } },
        },
    };
    var job = await hub.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 1000, Input = bell, Name = "bell-pair", SessionId = session.Id });
    Console.WriteLine($"Job {job.Id} submitted ({job.Status})");
    var waiter = new JobWaiter(hub.Jobs, new[] { job.Id! }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(200), Timeout = TimeSpan.FromMinutes(5) });
    var done = (await waiter.WaitAsync(new Progress<JobWaitProgress>(p => Console.WriteLine($"  {p}")))).Single();
    Console.WriteLine($"Job {done.Id} is {done.Status} after {done.Runtime} ms");
    var result = (IDictionary<string, object?>)(await hub.Jobs.GetJobResultAsync(done.Id!)).Value!;
    Console.WriteLine("Counts:");
    foreach (var count in (IDictionary<string, object?>)result["counts"]!)
        Console.WriteLine($"  {count.Key}: {count.Value}");
}
finally
{
    await hub.Sessions.CloseSessionAsync(session.Id!);
    Console.WriteLine($"Session {session.Id} is {(await hub.Sessions.GetSessionStatusAsync(session.Id!)).Status}");
}
