namespace KipuHub.Emulator.Quantum;

/// <summary>Derives a session's current status, which depends on its jobs and the clock.</summary>
public sealed class SessionViews(QuantumStore store, EmulatorOptions options, TimeProvider clock)
{
    public string Status(SessionRecord session)
    {
        var now = clock.GetUtcNow();
        var inFlight = store.JobsOfSession(session.Id).Any(j => !j.IsTerminal(now));
        return session.Status(now, options.SessionInactivity, inFlight);
    }

    public SessionWire Wire(SessionRecord session)
    {
        var now = clock.GetUtcNow();
        var status = Status(session);
        var final = SessionStates.IsFinal(status);
        return new SessionWire(
            session.Id, session.BackendId, session.Provider, status, session.Mode, session.CreatedAt, session.StartedAt,
            final ? session.ClosedAtFor(now) ?? now : null, session.ExpiresAt, session.UsageTimeMillis(now), "emu-" + session.Id[..8],
            session.Tags, session.Metadata?.DeepClone(), session.SdkProvider, final, final && status != SessionStates.Aborted);
    }

    public WorkloadWire Workload(SessionRecord session) =>
        new(session.Id, "SESSION", session.BackendId, session.Provider, Status(session), session.CreatedAt, session.StartedAt,
            session.ClosedAtFor(clock.GetUtcNow()), session.SdkProvider);
}
