using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Managed services as the 2024 API takes them: created from a zip (multipart part userCode, settings in the query),
/// new source for a version (part file), and the build each upload starts, with its status and log. A new upload
/// while a build runs is 409; over 50 MiB is 413.
/// </summary>
public sealed class ManagedServices(EmulatorOptions options, TimeProvider clock, CatalogServices services)
{
    const string Api = "qc-catalog";
    const long MaxSourceBytes = 50 * 1024 * 1024;

    TimeSpan StepDuration => options.JobRunningDuration;

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "POST", "/v2/managed-services", "createManagedService",
            "Create a managed service from its source zip (part userCode); its build starts",
            async (HttpContext c, string? name, string? description, string? runtime, int? milliCpus, int? memoryInMegabytes,
                int? gpuCount, string? gpuAccelerator) =>
            {
                if (runtime is not null && runtime.ToUpperInvariant() is not ("PYTHON_TEMPLATE" or "DOCKER"))
                    return ApiError.Unprocessable(c, $"runtime must be PYTHON_TEMPLATE or DOCKER, got '{runtime}'.");
                if (milliCpus is < 100 or > 16000 || memoryInMegabytes is < 128 or > 65536 || gpuCount is < 0 or > 8)
                    return ApiError.Unprocessable(c, "milliCpus must be 100 to 16000, memoryInMegabytes 128 to 65536 and gpuCount 0 to 8.");
                var (upload, error) = await MultipartUpload.ReadAsync(c, "userCode", MaxSourceBytes);
                if (upload is null) return error!;
                var (service, refused) = services.Create(c, name, description, "MANAGED");
                if (service is null) return refused!;
                var version = service.Versions[0];
                version.Build = ServiceBuild.Of(upload.Content, clock.GetUtcNow(), StepDuration);
                return Results.Json(CatalogServices.Wire(c, service), EmulatorJson.CamelCase, statusCode: 201);
            }, "multipart/form-data", filePart: "userCode");
        registry.Map(group, Api, "POST", "/v3/services/{serviceId}/versions/{versionId}/source-code", "updateSourceCode",
            "New source for a version (part file); a new build starts (409 while one runs)",
            async (HttpContext c, string serviceId, string versionId) =>
            {
                var (service, version, refused) = services.OwnedVersion(c, serviceId, versionId);
                if (service is null) return refused!;
                if (service.Type != "MANAGED") return ApiError.Unprocessable(c,
                    $"Service '{service.Name}' is {service.Type}: only managed services are built from source.");
                if (version!.Build?.IsRunning(clock.GetUtcNow()) == true) return ApiError.Conflict(c,
                    $"A build of version {version.Number} of '{service.Name}' is running: wait for it.");
                var (upload, error) = await MultipartUpload.ReadAsync(c, "file", MaxSourceBytes);
                if (upload is null) return error!;
                version.Build = ServiceBuild.Of(upload.Content, clock.GetUtcNow(), StepDuration);
                version.ModifiedAt = clock.GetUtcNow();
                return Results.Json(CatalogServices.VersionWire(c, service, version), EmulatorJson.CamelCase);
            }, "multipart/form-data");
        registry.Map(group, Api, "GET", "/services/{serviceId}/versions/{versionId}/build-status", "getBuildStatus",
            "The last build of a version", (HttpContext c, string serviceId, string versionId) =>
            WithBuild(c, serviceId, versionId, build => Results.Json(build.Wire(clock.GetUtcNow(), serviceId, versionId),
                EmulatorJson.CamelCase)));
        registry.Map(group, Api, "GET", "/services/{serviceId}/versions/{versionId}/build-logs", "getBuildLogs",
            "The log of the last build, as text", (HttpContext c, string serviceId, string versionId) =>
            WithBuild(c, serviceId, versionId, build => Results.Text(build.Log(clock.GetUtcNow()), "text/plain")));
    }

    IResult WithBuild(HttpContext c, string serviceId, string versionId, Func<ServiceBuild, IResult> found)
    {
        var (service, version, refused) = services.OwnedVersion(c, serviceId, versionId);
        if (service is null) return refused!;
        return version!.Build is { } build ? found(build) : ApiError.NotFound(c,
            $"Version {version.Number} of '{service.Name}' has never been built.");
    }
}
