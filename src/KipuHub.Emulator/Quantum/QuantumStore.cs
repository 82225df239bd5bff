using KipuHub.Emulator.Persistence;

namespace KipuHub.Emulator.Quantum;

/// <summary>Jobs and sessions, each under its owner; a caller sees only its own context's records.</summary>
public sealed class QuantumStore
{
    readonly DurableMap<JobRecord> jobs;
    readonly DurableMap<SessionRecord> sessions;

    // Numbers each job for its sampling seed; jobs are never deleted one by one, so after a restart it goes on from their count.
    int sequence;

    public QuantumStore(StateLog state)
    {
        jobs = new DurableMap<JobRecord>(state, "jobs");
        sessions = new DurableMap<SessionRecord>(state, "sessions");
        sequence = jobs.Count;
    }

    public int NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JobRecord job) => jobs[job.Id] = job;

    public void Add(SessionRecord session) => sessions[session.Id] = session;

    public JobRecord? FindJob(string owner, string id) =>
        jobs.TryGetValue(id, out var job) && job.Owner == owner ? job : null;

    public SessionRecord? FindSession(string owner, string id) =>
        sessions.TryGetValue(id, out var session) && session.Owner == owner ? session : null;

    public IEnumerable<JobRecord> Jobs(string owner) => jobs.Values.Where(j => j.Owner == owner);

    public IEnumerable<SessionRecord> Sessions(string owner) => sessions.Values.Where(s => s.Owner == owner);

    public IEnumerable<JobRecord> JobsOfSession(string sessionId) => jobs.Values.Where(j => j.SessionId == sessionId);

    public IReadOnlyList<JobRecord> AllJobs() => jobs.Values.OrderBy(j => j.CreatedAt).ToList();

    public IReadOnlyList<SessionRecord> AllSessions() => sessions.Values.OrderBy(s => s.CreatedAt).ToList();

    /// <summary>Changes a job under its lock and keeps the change.</summary>
    public void Update(JobRecord job, Action change) => jobs.Update(job.Id, job, change);

    /// <summary>Changes a session under its lock and keeps the change.</summary>
    public void Update(SessionRecord session, Action change) => sessions.Update(session.Id, session, change);

    public void Clear()
    {
        jobs.Clear();
        sessions.Clear();
    }
}
