using System.Collections.Concurrent;

namespace KipuHub.Emulator.Quantum;

/// <summary>Jobs and sessions in memory, each under its owner; a caller sees only its own context's records.</summary>
public sealed class QuantumStore
{
    readonly ConcurrentDictionary<string, JobRecord> jobs = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, SessionRecord> sessions = new(StringComparer.Ordinal);
    int sequence;

    /// <summary>Raised after every change, for persistence.</summary>
    public event Action? Changed;

    public int NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(JobRecord job)
    {
        jobs[job.Id] = job;
        OnChanged();
    }

    public void Add(SessionRecord session)
    {
        sessions[session.Id] = session;
        OnChanged();
    }

    public JobRecord? FindJob(string owner, string id) =>
        jobs.TryGetValue(id, out var job) && job.Owner == owner ? job : null;

    public SessionRecord? FindSession(string owner, string id) =>
        sessions.TryGetValue(id, out var session) && session.Owner == owner ? session : null;

    public IEnumerable<JobRecord> Jobs(string owner) => jobs.Values.Where(j => j.Owner == owner);

    public IEnumerable<SessionRecord> Sessions(string owner) => sessions.Values.Where(s => s.Owner == owner);

    public IEnumerable<JobRecord> JobsOfSession(string sessionId) => jobs.Values.Where(j => j.SessionId == sessionId);

    public IReadOnlyList<JobRecord> AllJobs() => jobs.Values.OrderBy(j => j.CreatedAt).ToList();

    public IReadOnlyList<SessionRecord> AllSessions() => sessions.Values.OrderBy(s => s.CreatedAt).ToList();

    /// <summary>Mutates a record under a lock and announces the change.</summary>
    public void Update(object record, Action change)
    {
        lock (record) change();
        OnChanged();
    }

    public void Clear()
    {
        jobs.Clear();
        sessions.Clear();
        OnChanged();
    }

    public void Restore(IEnumerable<JobRecord> savedJobs, IEnumerable<SessionRecord> savedSessions, int savedSequence)
    {
        foreach (var job in savedJobs) jobs[job.Id] = job;
        foreach (var session in savedSessions) sessions[session.Id] = session;
        sequence = Math.Max(sequence, savedSequence);
    }

    public int Sequence => sequence;

    void OnChanged() => Changed?.Invoke();
}
