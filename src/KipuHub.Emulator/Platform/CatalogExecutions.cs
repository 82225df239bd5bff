using System.Text.Json.Nodes;
using KipuHub.Emulator.Gateway;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// The catalog's view of what ran on the gateway: service executions (those of the context's applications, of its
/// services, and its service jobs) with input, result, log, metrics and cancellation; and service jobs, executions
/// of a catalog service version started through the Platform API rather than the gateway.
/// </summary>
public sealed class CatalogExecutions(EmulatorOptions options, TimeProvider clock, GatewayApi gateway, ApplicationStore applications,
    CatalogServices services)
{
    const string Api = "qc-catalog";

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/service-executions", "getServiceExecutions",
            "Executions of the context's services and applications, paged, newest first",
                (HttpContext c, string? serviceId, string? applicationId) =>
            CatalogPage.Of(c, VisibleTo(Caller.Of(c).Owner)
                .Where(e => serviceId is null || ServiceIdOf(e) == serviceId)
                .Where(e => applicationId is null || applications.OfConsumerKey(e.Client)?.Id == applicationId)
                .OrderByDescending(e => e.CreatedAt), ExecutionWire), query: CatalogPage.QueryNames);
        registry.Map(group, Api, "GET", "/service-executions/{id}", "getServiceExecution", "An execution", (HttpContext c, string id) =>
            WithExecution(c, id, e => Json(ExecutionWire(e))));
        registry.Map(group, Api, "GET", "/service-executions/{id}/input", "getServiceExecutionInput",
            "What the execution was started with", (HttpContext c, string id) =>
            WithExecution(c, id, e => Results.Text(e.InputJson, "application/json")));
        registry.Map(group, Api, "GET", "/service-executions/{id}/result", "getServiceExecutionResult",
            "The output of a succeeded execution (404 before)", (HttpContext c, string id) =>
            WithExecution(c, id, e => Output(c, e)));
        registry.Map(group, Api, "GET", "/service-executions/{id}/logs", "getServiceExecutionLogs", "Log entries",
            (HttpContext c, string id) =>
            WithExecution(c, id, e => Json(Log(e))));
        registry.Map(group, Api, "GET", "/service-executions/{id}/metrics", "getServiceExecutionMetrics",
            "Durations and sizes of an execution", (HttpContext c, string id) =>
            WithExecution(c, id, e => Json(Metrics(e))));
        registry.Map(group, Api, "PUT", "/service-executions/{id}/cancel", "cancelServiceExecution",
            "Cancel an execution (409 when it has ended)", (HttpContext c, string id) =>
            WithExecution(c, id, e => gateway.Cancel(c, e, ExecutionWire)), bodyType: "");

        registry.Map(group, Api, "GET", "/service-jobs", "getServiceJobs", "The context's service jobs, paged, newest first",
            (HttpContext c) =>
            CatalogPage.Of(c, JobsOf(Caller.Of(c).Owner).OrderByDescending(e => e.CreatedAt), JobWire), query: CatalogPage.QueryNames);
        registry.Map(group, Api, "GET", "/service-jobs/{id}", "getServiceJob", "A service job", (HttpContext c, string id) =>
            WithJob(c, id, e => Json(JobWire(e))));
        registry.Map(group, Api, "POST", "/service-jobs", "createServiceJob",
            "Run a version of one of the context's services (inputData and parameters are JSON text)", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var owner = Caller.Of(c).Owner;
            if (JsonBody.String(body, "serviceDefinitionId") is not { Length: > 0 } versionId) return ApiError.Unprocessable(c,
                "A service job needs serviceDefinitionId: the id of a service version.");
            if (services.FindVersion(owner, versionId) is not { } found) return ApiError.NotFound(c,
                $"Service version '{versionId}' not found.");
            if ((JsonBody.Embedded(body, "inputData") ?? new JsonObject()) is not JsonObject input)
                return ApiError.Unprocessable(c, "inputData must be JSON text of an object.");
            if (JsonBody.Embedded(body, "parameters") is { } parameters) input["parameters"] = parameters;
            var job = gateway.Start(CatalogServices.GatewayKey(found.Service, found.Version), JobClient(owner), input);
            return Json(JobWire(job), 201);
        });
        registry.Map(group, Api, "PUT", "/service-jobs/{id}/cancel", "cancelServiceJob", "Cancel a service job (409 when it has ended)",
            (HttpContext c, string id) =>
            WithJob(c, id, e => gateway.Cancel(c, e, JobWire)), bodyType: "");
        registry.Map(group, Api, "DELETE", "/service-jobs/{id}", "deleteServiceJob", "Delete an ended service job (409 while it runs)",
            (HttpContext c, string id) =>
            WithJob(c, id, e => !ExecutionRecord.IsFinal(e.Status(clock.GetUtcNow()))
                ? ApiError.Conflict(c, $"Service job '{id}' is still {e.Status(clock.GetUtcNow())}: cancel it first.")
                : gateway.Remove(e.Id) ? Results.NoContent() : ApiError.NotFound(c, $"Service job '{id}' not found.")));
        registry.Map(group, Api, "GET", "/service-jobs/{id}/logs", "getServiceJobLogs", "Log entries of a service job",
            (HttpContext c, string id) =>
            WithJob(c, id, e => Json(Log(e))));
    }

    static string JobClient(string owner) => "job:" + owner;

    IEnumerable<ExecutionRecord> JobsOf(string owner) => gateway.Executions.Where(e => e.Client == JobClient(owner));

    IEnumerable<ExecutionRecord> VisibleTo(string owner) => gateway.Executions.Where(e =>
        e.Client == JobClient(owner)
        || applications.OfConsumerKey(e.Client)?.Owner == owner
        || services.OfGatewayKey(e.Service)?.Service.Owner == owner);

    string? ServiceIdOf(ExecutionRecord e) => services.ServiceIdOfKey(e.Service);

    object ExecutionWire(ExecutionRecord e)
    {
        var now = clock.GetUtcNow();
        return new
        {
            id = e.Id,
            status = e.Status(now),
            type = "MANAGED",
            createdAt = e.CreatedAt,
            startedAt = e.StartedAt(now),
            endedAt = e.EndedAt(now),
            serviceId = ServiceIdOf(e),
            serviceDefinitionId = services.OfGatewayKey(e.Service)?.Version.Id,
            applicationId = applications.OfConsumerKey(e.Client)?.Id,
        };
    }

    object JobWire(ExecutionRecord e)
    {
        var now = clock.GetUtcNow();
        var found = services.OfGatewayKey(e.Service);
        return new
        {
            id = e.Id,
            status = e.Status(now),
            createdAt = e.CreatedAt,
            startedAt = e.StartedAt(now),
            endedAt = e.EndedAt(now),
            persistResult = false,
            serviceDefinition = found is { } f ? new
            {
                id = f.Version.Id,
                name = f.Service.Name,
                serviceId = f.Service.Id,
                type = f.Service.Type,
                lifecycle = f.Version.Lifecycle
            } : null,
        };
    }

    IResult Output(HttpContext c, ExecutionRecord e)
    {
        var status = e.Status(clock.GetUtcNow());
        return status == "SUCCEEDED"
            ? Results.Text(e.Files()["output.json"], "application/json")
            : ApiError.NotFound(c, $"Execution '{e.Id}' has no result: it is {status}.");
    }

    List<object> Log(ExecutionRecord e) =>
        e.Log(clock.GetUtcNow()).Select(l => (object)new { message = l.Message, severity = l.Severity, timestamp = l.At }).ToList();

    object Metrics(ExecutionRecord e)
    {
        var now = clock.GetUtcNow();
        var (started, ended) = (e.StartedAt(now), e.EndedAt(now));
        return new
        {
            executionId = e.Id,
            queuedMilliseconds = (long)(((started ?? ended ?? now) - e.CreatedAt).TotalMilliseconds),
            runMilliseconds = started is { } s ? (long?)((ended ?? now) - s).TotalMilliseconds : null,
            inputBytes = System.Text.Encoding.UTF8.GetByteCount(e.InputJson),
            outputBytes = e.Status(now) == "SUCCEEDED" ? System.Text.Encoding.UTF8.GetByteCount(e.Files()["output.json"]) : 0,
        };
    }

    IResult WithExecution(HttpContext c, string id, Func<ExecutionRecord, IResult> found) =>
        VisibleTo(Caller.Of(c).Owner).FirstOrDefault(e => e.Id == id) is { } e ? found(e) :
            ApiError.NotFound(c, $"Service execution '{id}' not found.");

    IResult WithJob(HttpContext c, string id, Func<ExecutionRecord, IResult> found) =>
        JobsOf(Caller.Of(c).Owner).FirstOrDefault(e => e.Id == id) is { } e ? found(e) :
            ApiError.NotFound(c, $"Service job '{id}' not found.");

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);
}
