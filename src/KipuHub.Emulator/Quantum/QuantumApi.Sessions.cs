using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

public sealed partial class QuantumApi
{
    void MapSessions(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "POST", "/sessions", "createSession", "Open a session (422 when the backend has no sessions)",
            CreateSessionAsync);
        registry.Map(group, Api, "GET", "/sessions/{id}", "getSession", "One session", (HttpContext c, string id) =>
            WithSession(c, id, null, s => Json(sessions.Wire(s))));
        registry.Map(group, Api, "GET", "/sessions/{id}/status", "getSessionStatus", "A session's status", (HttpContext c, string id) =>
            WithSession(c, id, null, s => Json(new StatusWire(sessions.Status(s)))));
        registry.Map(group, Api, "GET", "/sessions/{id}/jobs", "getSessionJobs", "The jobs of a session", (HttpContext c, string id) =>
            WithSession(c, id, null, SessionJobs));
        registry.Map(group, Api, "PATCH", "/sessions/{id}", "updateSessionState", "Accept or stop accepting jobs",
            async (HttpContext c, string id) =>
            await WithSessionAsync(c, id, null, s => UpdateStateAsync(c, s)));
        registry.Map(group, Api, "POST", "/sessions/{id}/close", "closeSession", "Close a session (idempotent)",
            (HttpContext c, string id) =>
            WithSession(c, id, null, Close));
        registry.Map(group, Api, "POST", "/sessions/{id}/cancel", "cancelSession", "End a session and its jobs now",
            (HttpContext c, string id) =>
            WithSession(c, id, null, CancelSession));
    }

    async Task<IResult> CreateSessionAsync(HttpContext c)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
        if (body is null) return error!;
        var backendId = JsonBody.String(body, "backend_id");
        var provider = JsonBody.String(body, "provider");
        var mode = JsonBody.String(body, "mode");
        if (backendId is null) return ApiError.BadRequest(c, "backend_id is required.");
        if (provider is null) return ApiError.BadRequest(c, "provider is required.");
        if (mode is not ("batch" or "dedicated")) return ApiError.BadRequest(c, "mode must be \"batch\" or \"dedicated\".");
        if (!JsonBody.TryInt(body, "ttl", out var ttl) || ttl is <= 0) return ApiError.BadRequest(c,
            "ttl must be a positive number of seconds.");
        if (catalog.Find(backendId) is not { } backend) return ApiError.NotFound(c, $"Backend '{backendId}' not found.");
        if (!string.Equals(backend.Provider, provider, StringComparison.OrdinalIgnoreCase))
            return ApiError.BadRequest(c, $"Backend '{backend.Id}' is offered by {backend.Provider}, not {provider}.");
        if (!backend.SupportsSessions) return ApiError.Unprocessable(c, $"Backend '{backend.Id}' does not support sessions.");

        var now = Now;
        var session = new SessionRecord
        {
            Id = Guid.NewGuid().ToString(),
            Owner = Caller.Of(c).Owner,
            BackendId = backend.Id,
            Provider = backend.Provider,
            Mode = mode,
            ServiceExecutionId = ServiceExecutionOf(c),
            Tags = JsonBody.Strings(body, "tags"),
            Metadata = body["metadata"]?.DeepClone(),
            SdkProvider = JsonBody.String(body, "sdk_provider"),
            CreatedAt = now,
            ExpiresAt = now + (ttl is { } seconds ? TimeSpan.FromSeconds(seconds) : options.DefaultSessionTtl),
            LastActivity = now,
        };
        store.Add(session);
        return Json(sessions.Wire(session), 201);
    }

    IResult SessionJobs(SessionRecord session)
    {
        var now = Now;
        return Json(store.JobsOfSession(session.Id).OrderBy(j => j.CreatedAt).Select(j => JobWire.Of(j, now)).ToList());
    }

    async Task<IResult> UpdateStateAsync(HttpContext c, SessionRecord session)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
        if (body is null) return error!;
        if (body["accept_jobs"] is not System.Text.Json.Nodes.JsonValue flag || !flag.TryGetValue<bool>(out var accept))
            return ApiError.BadRequest(c, "accept_jobs (true or false) is required.");
        var status = sessions.Status(session);
        if (SessionStates.IsFinal(status)) return ApiError.Conflict(c, $"Session '{session.Id}' is {status}.");
        store.Update(session, () =>
        {
            session.State = accept ? SessionStates.Active : SessionStates.Draining;
            session.LastActivity = Now;
        });
        return Json(sessions.Wire(session));
    }

    IResult Close(SessionRecord session)
    {
        if (!SessionStates.IsFinal(sessions.Status(session)))
            store.Update(session, () =>
            {
                session.State = SessionStates.Closed;
                session.ClosedAt = Now;
            });
        return Results.NoContent();
    }

    IResult CancelSession(SessionRecord session)
    {
        var now = Now;
        if (!SessionStates.IsFinal(sessions.Status(session)))
            store.Update(session, () =>
            {
                session.State = SessionStates.Aborted;
                session.ClosedAt = now;
            });
        foreach (var job in store.JobsOfSession(session.Id).Where(j => !j.IsTerminal(now)))
            store.Update(job, () => job.AbortedAt = now);
        return Results.NoContent();
    }

    IResult WithSession(HttpContext c, string id, string? execution, Func<SessionRecord, IResult> found) =>
        FindSession(c, id, execution) is { } session ? found(session) : ApiError.NotFound(c, $"Session '{id}' not found.");

    async Task<IResult> WithSessionAsync(HttpContext c, string id, string? execution, Func<SessionRecord, Task<IResult>> found) =>
        FindSession(c, id, execution) is { } session ? await found(session) : ApiError.NotFound(c, $"Session '{id}' not found.");

    SessionRecord? FindSession(HttpContext c, string id, string? execution)
    {
        var session = store.FindSession(Caller.Of(c).Owner, id);
        return session is null || (execution is not null && session.ServiceExecutionId != execution) ? null : session;
    }
}
