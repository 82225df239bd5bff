using System.Text;
using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Workflow services (created from a name, their BPMN model as text/plain) and external services (a URL and an
/// OpenAPI document, multipart part apiDefinition, the rest in the query as the 2024 API takes it), and any
/// version's API definition. The password of an external service is accepted and never answered back.
/// </summary>
public sealed class ServiceDefinitions(EmulatorOptions options, CatalogServices services)
{
    const string Api = "qc-catalog";
    const long MaxDefinitionBytes = 4 * 1024 * 1024;

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "POST", "/workflow-services", "createWorkflowService", "Create a workflow service",
            async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var (service, refused) = services.Create(c, JsonBody.String(body, "name"), JsonBody.String(body, "description"), "WORKFLOW");
            return service is null ? refused! : Results.Json(CatalogServices.Wire(c, service), EmulatorJson.CamelCase, statusCode: 201);
        });
        registry.Map(group, Api, "GET", "/workflow-services/{serviceId}/versions/{versionId}/workflow-model", "getWorkflowModel",
            "A version's workflow model (BPMN)", (HttpContext c, string serviceId, string versionId) =>
            WithVersion(c, serviceId, versionId, "WORKFLOW", (s, v) => v.Definition is { } model ? Results.Text(model, "text/plain") :
                ApiError.NotFound(c, $"Version {v.Number} of '{s.Name}' has no workflow model.")));
        registry.Map(group, Api, "PUT", "/workflow-services/{serviceId}/versions/{versionId}/workflow-model", "updateWorkflowModel",
            "Replace a version's workflow model (text/plain BPMN)", async (HttpContext c, string serviceId, string versionId) =>
        {
            if (!(c.Request.ContentType ?? "").StartsWith("text/plain", StringComparison.OrdinalIgnoreCase)) return ApiError.Of(c, 415,
                "Send the workflow model as text/plain.");
            var model = await new StreamReader(c.Request.Body, Encoding.UTF8).ReadToEndAsync();
            if (!model.TrimStart().StartsWith('<')) return ApiError.Unprocessable(c, "A workflow model is BPMN XML.");
            return WithVersion(c, serviceId, versionId, "WORKFLOW", (_, v) =>
            {
                v.Definition = model;
                return Results.NoContent();
            });
        }, "text/plain");
        registry.Map(group, Api, "POST", "/v2/external-services", "createExternalService",
            "Register an external service with its OpenAPI document (part apiDefinition)",
            async (HttpContext c, string? name, string? url, string? description, string? username, string? password,
                string? securityConfiguration) =>
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var endpoint) ||
                    endpoint.Scheme is not ("http" or "https")) return ApiError.Unprocessable(c,
                        $"url must be an http or https URL, got '{url}'.");
                if (username is not null && string.IsNullOrEmpty(password)) return ApiError.Unprocessable(c,
                    "A username needs a password.");
                var (definition, problem) = await DefinitionAsync(c, "apiDefinition");
                if (definition is null) return problem!;
                var (service, refused) = services.Create(c, name, description, "EXTERNAL");
                if (service is null) return refused!;
                (service.Versions[0].Definition, service.Versions[0].ProductionEndpoint) = (definition, endpoint.AbsoluteUri);
                return Results.Json(CatalogServices.Wire(c, service), EmulatorJson.CamelCase, statusCode: 201);
            }, "multipart/form-data", filePart: "apiDefinition");
        registry.Map(group, Api, "GET", "/services/{serviceId}/versions/{versionId}/api-spec", "getApiDefinition",
            "A version's API definition", (HttpContext c, string serviceId, string versionId) =>
            WithVersion(c, serviceId, versionId, null, (s, v) => v.Definition is { } definition ?
                Results.Text(definition, definition.TrimStart().StartsWith('{') ? "application/json" : "application/yaml") :
                    ApiError.NotFound(c, $"Version {v.Number} of '{s.Name}' has no API definition.")));
        registry.Map(group, Api, "PUT", "/v3/services/{serviceId}/versions/{versionId}/api-spec", "updateApiDefinition",
            "Replace a version's API definition (part file)", async (HttpContext c, string serviceId, string versionId) =>
        {
            var (definition, problem) = await DefinitionAsync(c, "file");
            if (definition is null) return problem!;
            return WithVersion(c, serviceId, versionId, null, (_, v) =>
            {
                v.Definition = definition;
                return Results.NoContent();
            });
        }, "multipart/form-data");
    }

    // An OpenAPI document, JSON or YAML: it must say which version of OpenAPI (or Swagger) it is.
    static async Task<(string? Definition, IResult? Error)> DefinitionAsync(HttpContext c, string part)
    {
        var (upload, error) = await MultipartUpload.ReadAsync(c, part, MaxDefinitionBytes);
        if (upload is null) return (null, error);
        var text = Encoding.UTF8.GetString(upload.Content);
        return text.Contains("openapi", StringComparison.Ordinal) || text.Contains("swagger", StringComparison.Ordinal)
            ? (text, null)
            : (null, ApiError.Unprocessable(c, "The API definition is not an OpenAPI document: it names no openapi (or swagger) version."));
    }

    IResult WithVersion(HttpContext c, string serviceId, string versionId, string? type,
        Func<CatalogServices.Service, CatalogServices.Version, IResult> found)
    {
        var (service, version, refused) = services.OwnedVersion(c, serviceId, versionId);
        if (service is null) return refused!;
        return type is null || service.Type == type ? found(service, version!) :
            ApiError.Unprocessable(c, $"Service '{service.Name}' is {service.Type}, not {type}.");
    }
}
