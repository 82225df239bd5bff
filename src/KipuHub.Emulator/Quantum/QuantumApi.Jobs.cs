using System.Text.Json.Nodes;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

public sealed partial class QuantumApi
{
    static readonly string[] JobSortFields = { "created_at", "started_at", "ended_at", "name", "status", "backend_id", "provider", "shots",
        "id" };

    void MapJobs(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/jobs", "searchJobs", "Jobs, paged and sorted", (HttpContext c) =>
        {
            var page = PageRequest.Parse(c.Request.Query, JobSortFields, out var error);
            if (page is null) return ApiError.BadRequest(c, error!);
            var execution = ServiceExecutionOf(c);
            var jobs = store.Jobs(Caller.Of(c).Owner).Where(j => execution is null || j.ServiceExecutionId == execution);
            return Json(JobPage(page, jobs));
        }, query: PageRequest.QueryNames);

        registry.Map(group, Api, "POST", "/jobs", "createJob", "Submit a job", CreateJobAsync);

        registry.Map(group, Api, "GET", "/jobs/{id}", "getJob", "One job", (HttpContext c, string id) =>
            WithJob(c, id, null, job => Json(JobWire.Of(job, Now))));
        registry.Map(group, Api, "GET", "/jobs/{id}/status", "getJobStatus", "A job's status", (HttpContext c, string id) =>
            WithJob(c, id, null, job => Json(new StatusWire(job.Status(Now)))));
        registry.Map(group, Api, "GET", "/jobs/{id}/result", "getJobResult", "A terminal job's result", (HttpContext c, string id) =>
            WithJob(c, id, null, job => Result(c, job, stream: false)));
        registry.Map(group, Api, "GET", "/jobs/{id}/result-stream", "getJobResultStream", "A terminal job's result as a file",
            (HttpContext c, string id) =>
            WithJob(c, id, null, job => Result(c, job, stream: true)));
        registry.Map(group, Api, "GET", "/jobs/{id}/input", "getJobInput", "The input as submitted", (HttpContext c, string id) =>
            WithJob(c, id, null, job => Results.Text(job.InputJson, "application/json")));
        registry.Map(group, Api, "GET", "/jobs/{id}/calibration", "getJobCalibration", "Calibration at execution time",
            (HttpContext c, string id) =>
            WithJob(c, id, null, JobCalibration));
        registry.Map(group, Api, "DELETE", "/jobs/{id}", "cancelJob", "Cancel a job", (HttpContext c, string id) =>
            WithJob(c, id, null, job => Cancel(c, job)));
    }

    PageWire<JobWire> JobPage(PageRequest page, IEnumerable<JobRecord> jobs)
    {
        var now = Now;
        return page.Apply(jobs.Select(j => JobWire.Of(j, now)), JobKey, "created_at", defaultDescending: true);
    }

    static IComparable? JobKey(JobWire job, string field) => field switch
    {
        "created_at" => job.CreatedAt,
        "started_at" => job.StartedAt,
        "ended_at" => job.EndedAt,
        "name" => job.Name,
        "status" => job.Status,
        "backend_id" => job.BackendId,
        "provider" => job.Provider,
        "shots" => job.Shots,
        _ => job.Id,
    };

    async Task<IResult> CreateJobAsync(HttpContext c)
    {
        var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
        if (body is null) return error!;
        var backendId = JsonBody.String(body, "backend_id");
        if (backendId is null) return ApiError.BadRequest(c, "backend_id is required.");
        if (!JsonBody.TryInt(body, "shots", out var shots) || shots is null or < 1) return ApiError.BadRequest(c,
            "shots must be a positive integer.");
        if (body["input"] is null) return ApiError.BadRequest(c, "input is required.");
        if (catalog.Find(backendId) is not { } backend) return ApiError.NotFound(c, $"Backend '{backendId}' not found.");
        if (backend.Status is "OFFLINE" or "RETIRED") return ApiError.BadRequest(c,
            $"Backend '{backend.Id}' is {backend.Status} and does not accept jobs.");
        if (shots < backend.MinShots || shots > backend.MaxShots) return ApiError.BadRequest(c,
            $"shots must be between {backend.MinShots} and {backend.MaxShots} on {backend.Id}.");
        var inputFormat = JsonBody.String(body, "input_format");
        var formats = backend.SupportedInputFormats;
        if (inputFormat is not null && formats.Count > 0 && !formats.Contains(inputFormat))
            return ApiError.BadRequest(c, $"{backend.Id} does not take {inputFormat}; it takes {string.Join(", ", formats)}.");

        var caller = Caller.Of(c);
        var sessionId = JsonBody.String(body, "session_id");
        SessionRecord? session = null;
        if (sessionId is not null)
        {
            session = store.FindSession(caller.Owner, sessionId);
            if (session is null) return ApiError.NotFound(c, $"Session '{sessionId}' not found.");
            if (!string.Equals(session.BackendId, backend.Id, StringComparison.OrdinalIgnoreCase))
                return ApiError.BadRequest(c, $"Session '{sessionId}' runs on {session.BackendId}, not {backend.Id}.");
            var status = sessions.Status(session);
            if (!SessionStates.AcceptsJobs(status))
                return ApiError.Conflict(c, $"Session '{sessionId}' is {status} and does not accept new jobs.");
        }

        var now = Now;
        var input = body["input"]!;
        var job = new JobRecord
        {
            Id = Guid.NewGuid().ToString(),
            Owner = caller.Owner,
            CreatedBy = caller.User.Id,
            BackendId = backend.Id,
            Provider = backend.Provider,
            Name = JsonBody.String(body, "name"),
            SessionId = session?.Id,
            ServiceExecutionId = ServiceExecutionOf(c),
            Shots = shots.Value,
            InputJson = input.ToJsonString(),
            InputFormat = inputFormat,
            InputParams = body["input_params"]?.DeepClone(),
            Tags = JsonBody.Strings(body, "tags"),
            SdkProvider = JsonBody.String(body, "sdk_provider"),
            Seed = HashCode.Combine(options.RandomSeed, store.NextSequence()),
            CreatedAt = now,
            StartsAt = now + options.JobPendingDuration,
            EndsAt = now + options.JobPendingDuration + options.JobRunningDuration,
            FailureReason = executor.FailureFor(input, backend),
        };
        store.Add(job);
        executor.Start(job, store);
        if (session is not null)
            store.Update(session, () =>
            {
                session.State = session.State == SessionStates.Draining ? session.State : SessionStates.Active;
                session.StartedAt ??= now;
                session.LastActivity = job.EndsAt;
            });
        return Json(JobWire.Of(job, now), 201);
    }

    IResult Result(HttpContext c, JobRecord job, bool stream)
    {
        var status = job.Status(Now);
        if (status is not (JobStates.Completed or JobStates.Failed))
            return ApiError.NotFound(c, $"Job '{job.Id}' has no result: it is {status}.");
        if (job.ResultJson is null) store.Update(job, () => job.ResultJson ??= executor.ResultFor(job));
        return new ResultBody(job.ResultJson!, options.ResultPaddingBytes, stream ? $"{job.Id}-result.json" : null);
    }

    IResult JobCalibration(JobRecord job) =>
        catalog.Find(job.BackendId) is { } backend ? CalibrationAt(backend, job.CreatedAt) : Results.NoContent();

    IResult Cancel(HttpContext c, JobRecord job)
    {
        var now = Now;
        var status = job.Status(now);
        if (status is JobStates.Cancelling or JobStates.Cancelled) return Results.NoContent();
        if (JobStates.IsTerminal(status)) return ApiError.Conflict(c, $"Job '{job.Id}' is already {status}.");
        store.Update(job, () =>
        {
            job.CancelRequestedAt = now;
            job.CancelledAt = now + options.CancelDuration;
        });
        return Results.NoContent();
    }

    /// <param name="execution">When set, the job must belong to this service execution.</param>
    IResult WithJob(HttpContext c, string id, string? execution, Func<JobRecord, IResult> found)
    {
        var job = store.FindJob(Caller.Of(c).Owner, id);
        if (job is null || (execution is not null && job.ServiceExecutionId != execution))
            return ApiError.NotFound(c, $"Job '{id}' not found.");
        return found(job);
    }
}
