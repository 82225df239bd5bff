using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

public sealed partial class QuantumApi
{
    static readonly string[] WorkloadSortFields = { "created_at", "started_at", "ended_at", "status", "type", "backend_id", "provider",
        "id" };

    void MapWorkloads(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/workloads", "getWorkloads", "Jobs and sessions in one paged listing", (HttpContext c) =>
            Workloads(c, null), query: PageRequest.QueryNames);
    }

    IResult Workloads(HttpContext c, string? execution)
    {
        var page = PageRequest.Parse(c.Request.Query, WorkloadSortFields, out var error);
        if (page is null) return ApiError.BadRequest(c, error!);
        var owner = Caller.Of(c).Owner;
        var now = Now;
        var jobs = store.Jobs(owner).Where(j => execution is null || j.ServiceExecutionId == execution)
            .Select(j => new WorkloadWire(j.Id, "JOB", j.BackendId, j.Provider, j.Status(now), j.CreatedAt, j.StartedAt(now),
                j.EndedAt(now), j.SdkProvider));
        var sessionWorkloads = store.Sessions(owner).Where(s => execution is null ||
            s.ServiceExecutionId == execution).Select(sessions.Workload);
        return Json(page.Apply(jobs.Concat(sessionWorkloads), WorkloadKey, "created_at", defaultDescending: true));
    }

    static IComparable? WorkloadKey(WorkloadWire w, string field) => field switch
    {
        "created_at" => w.CreatedAt,
        "started_at" => w.StartedAt,
        "ended_at" => w.EndedAt,
        "status" => w.Status,
        "type" => w.Type,
        "backend_id" => w.BackendId,
        "provider" => w.Provider,
        _ => w.Id,
    };
}
