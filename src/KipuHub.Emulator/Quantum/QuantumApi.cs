using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Quantum;

/// <summary>The Quantum API under /quantum: backends, jobs, sessions, workloads and their service-execution scopes.</summary>
public sealed partial class QuantumApi(
    QuantumStore store, BackendCatalog catalog, JobExecutor executor, SessionViews sessions, EmulatorOptions options, TimeProvider clock)
{
    const string Api = "quantum";

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var group = app.MapGroup("/quantum");
        registry.MapDocs(group, Api, "Hub Quantum Workload API (KipuHub emulator)");
        MapBackends(group, registry);
        MapJobs(group, registry);
        MapSessions(group, registry);
        MapWorkloads(group, registry);
        MapServiceExecutions(group, registry);
    }

    DateTimeOffset Now => clock.GetUtcNow();

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.SnakeCase, statusCode: status);

    static string? ServiceExecutionOf(HttpContext context)
    {
        var value = context.Request.Headers["X-Service-Execution-Id"].ToString();
        if (string.IsNullOrWhiteSpace(value)) value = context.Request.Headers["x-planqk-service-execution-id"].ToString();
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}
