using KipuHub.Client.Core;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.Quantum.Models;
using R = KipuHub.Client.Quantum.QuantumRoutes;

namespace KipuHub.Client.Quantum;

/// <summary>The sessions namespace: open, inspect, drain and close sessions.</summary>
public sealed class SessionsClient : ApiCaller, ISessions
{
    readonly WorkloadsClient workloads;
    readonly JobsClient jobs;

    internal SessionsClient(HubTransport transport, WorkloadsClient workloads, JobsClient jobs) : base(transport)
    {
        this.workloads = workloads;
        this.jobs = jobs;
    }

    /// <summary>The caller's own sessions (null), or those of a managed-service execution.</summary>
    public ISessions For(string? serviceExecutionId) => serviceExecutionId is null ? this :
        new ServiceExecutionSessions(jobs, serviceExecutionId);

    Pager<Session> ISessions.ListSessions(int pageSize, IEnumerable<string>? sort) => workloads.ListSessions(pageSize, sort);

    /// <summary>
    /// Opens a session (201), exactly once, as <see cref="JobsClient.CreateJobAsync"/> submits a job. A backend
    /// without session support answers 422.
    /// </summary>
    public Task<Session> CreateSessionAsync(CreateSessionRequest request, CancellationToken cancellationToken = default)
    {
        if (request is null) throw new ArgumentNullException(nameof(request));
        if (string.IsNullOrWhiteSpace(request.BackendId)) throw new ArgumentException("A backend id is required.", nameof(request));
        if (request.Provider is null) throw new ArgumentException("A provider is required (the backend's provider, e.g. AWS).",
            nameof(request));
        if (request.Ttl is <= 0) throw new ArgumentException("The ttl must be a positive number of seconds.", nameof(request));
        var tag = request.TagRequest ?? Transport.Options.TagCreateRequests ? ExactlyOnceCreate.NewTag() : null;
        var body = WithBody(Request(R.CreateSession), request.WithTag(tag));
        return ExactlyOnceCreate.RunAsync(Transport, "session", tag, token => ReadRequiredAsync<Session>(body, token),
            FindSessionByTagAsync, cancellationToken);
    }

    /// <summary>
    /// The session carrying a tag, among the ten newest of the workload listing; the listing has no tags, so each
    /// candidate is read.
    /// </summary>
    public async Task<Session?> FindSessionByTagAsync(string tag, CancellationToken cancellationToken = default)
    {
        var newest = await workloads.GetWorkloadsAsync(0, 50, new[] { "created_at,desc" }, cancellationToken).ConfigureAwait(false);
        foreach (var candidate in newest.Items.Where(w => w.Type == WorkloadType.Session).Take(10))
        {
            var session = await GetSessionAsync(candidate.Id!, cancellationToken).ConfigureAwait(false);
            if (session.Tags?.Contains(tag) == true) return session;
        }
        return null;
    }

    public Task<Session> GetSessionAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Session>(Request(R.GetSession, id), cancellationToken);

    public Task<SessionStatusResponse> GetSessionStatusAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<SessionStatusResponse>(Request(R.GetSessionStatus, id), cancellationToken);

    public async Task<IReadOnlyList<Job>> GetSessionJobsAsync(string id, CancellationToken cancellationToken = default) =>
        await ReadAsync<List<Job>>(Request(R.GetSessionJobs, id), cancellationToken).ConfigureAwait(false) ?? new List<Job>();

    /// <summary>accept_jobs true → ACTIVE, false → DRAINING (in-flight jobs finish, new ones are rejected).</summary>
    public Task<Session?> UpdateSessionStateAsync(string id, bool acceptJobs, CancellationToken cancellationToken = default) =>
        ReadAsync<Session>(WithBody(Request(R.UpdateSessionState, id), new UpdateSessionStateRequest { AcceptJobs = acceptJobs }),
            cancellationToken);

    /// <summary>Closes the session; already-closed sessions stay closed (idempotent).</summary>
    public Task CloseSessionAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.CloseSession, id), cancellationToken);

    /// <summary>Ends the session at once, with its running and queued jobs.</summary>
    public Task CancelSessionAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.CancelSession, id), cancellationToken);
}
