using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Quantum;

namespace KipuHub.Emulator.Faults;

/// <summary>/_emulator: fault rules, all jobs across owners (for duplicate checks), request counts, and reset.</summary>
public static class ControlEndpoints
{
    public static void Map(WebApplication app, FaultRegistry faults, QuantumStore store, RequestStats stats, TimeProvider clock)
    {
        var control = app.MapGroup("/_emulator");
        control.MapGet("/faults", () => Results.Json(faults.List(), EmulatorJson.SnakeCase));
        control.MapPost("/faults", async (HttpContext context) =>
        {
            FaultRule? rule;
            try
            {
                rule = await context.Request.ReadFromJsonAsync<FaultRule>(EmulatorJson.SnakeCase);
            }
            catch (System.Text.Json.JsonException e)
            {
                return ApiError.BadRequest(context, "The fault rule is not valid JSON: " + e.Message);
            }
            if (rule is null) return ApiError.BadRequest(context, "A fault rule is required.");
            try
            {
                return Results.Json(faults.Add(rule), EmulatorJson.SnakeCase, statusCode: 201);
            }
            catch (ArgumentException e)
            {
                return ApiError.BadRequest(context, e.Message);
            }
        });
        control.MapDelete("/faults", () => { faults.Clear(); return Results.NoContent(); });
        control.MapDelete("/faults/{id}", (HttpContext context, string id) =>
            faults.Remove(id) ? Results.NoContent() : ApiError.NotFound(context, $"No fault rule '{id}'."));
        control.MapGet("/jobs", () => Results.Json(store.AllJobs().Select(j => new { j.Id, j.Owner, j.BackendId, j.Name, Tags = j.Tags }),
            EmulatorJson.SnakeCase));
        control.MapPost("/jobs/{id}/hold", (HttpContext context, string id) => Hold(context, store, clock, id, hold: true));
        control.MapPost("/jobs/{id}/release", (HttpContext context, string id) => Hold(context, store, clock, id, hold: false));
        control.MapPost("/reset", () => { store.Clear(); faults.Clear(); stats.Clear(); return Results.NoContent(); });
        control.MapGet("/stats", () => Results.Json(stats.Snapshot()));
        control.MapGet("/operations", () => Results.Json(stats.Operations()));
        control.MapDelete("/stats", () => { stats.Clear(); return Results.NoContent(); });
    }

    static IResult Hold(HttpContext context, QuantumStore store, TimeProvider clock, string id, bool hold)
    {
        if (store.AllJobs().FirstOrDefault(j => j.Id == id) is not { } job) return ApiError.NotFound(context, $"Job '{id}' not found.");
        store.Update(job, () => job.HeldAt = hold ? job.HeldAt ?? clock.GetUtcNow() : null);
        return Results.NoContent();
    }
}
