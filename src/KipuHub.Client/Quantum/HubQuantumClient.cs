using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;

namespace KipuHub.Client.Quantum;

/// <summary>The Quantum API: backends, sessions, jobs and workloads (client.Jobs.CreateJobAsync(...), …).</summary>
public sealed class HubQuantumClient : IDisposable
{

    public HubQuantumClient(string apiKey) : this(new HubClientOptions { ApiKey = apiKey }) { }

    public HubQuantumClient(HubClientOptions options)
    {
        if (options is null) throw new ArgumentNullException(nameof(options));
        Transport = new HubTransport(options, e => e.Quantum, "Quantum");
        Backends = new BackendsClient(Transport);
        Jobs = new JobsClient(Transport);
        Workloads = new WorkloadsClient(Transport, Jobs);
        Sessions = new SessionsClient(Transport, Workloads, Jobs);
    }

    public BackendsClient Backends { get; }
    public SessionsClient Sessions { get; }
    public JobsClient Jobs { get; }
    public WorkloadsClient Workloads { get; }

    /// <summary>The configured transport, for calling any route with this client's auth, retries and errors.</summary>
    public HubTransport Transport { get; }

    public Uri BaseUrl => Transport.BaseUrl;

    public void Dispose() => Transport.Dispose();
}
