using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Quantum;

/// <summary>The Quantum API: backends, sessions, jobs and workloads (client.Jobs.CreateJobAsync(...), …).</summary>
public sealed class HubQuantumClient : IDisposable
{
    readonly Lazy<BackendsClient> backends;
    readonly Lazy<SessionsClient> sessions;
    readonly Lazy<JobsClient> jobs;
    readonly Lazy<WorkloadsClient> workloads;

    public HubQuantumClient(string apiKey) : this(new HubClientOptions { ApiKey = apiKey }) { }

    public HubQuantumClient(HubClientOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        Transport = new HubTransport(options, e => e.Quantum, "Quantum");
        backends = new(() => new BackendsClient(Transport));
        sessions = new(() => new SessionsClient(Transport, Workloads, Jobs));
        jobs = new(() => new JobsClient(Transport));
        workloads = new(() => new WorkloadsClient(Transport, () => Jobs));
    }

    public BackendsClient Backends => backends.Value;
    public SessionsClient Sessions => sessions.Value;
    public JobsClient Jobs => jobs.Value;
    public WorkloadsClient Workloads => workloads.Value;

    /// <summary>The configured transport, for calling any route with this client's auth, retries and errors.</summary>
    public HubTransport Transport { get; }

    public Uri BaseUrl => Transport.BaseUrl;

    public void Dispose() => Transport.Dispose();
}
