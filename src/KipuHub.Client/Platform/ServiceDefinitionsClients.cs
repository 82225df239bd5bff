using KipuHub.Client.Core.Http;
using KipuHub.Client.Platform.Models;
using R = KipuHub.Client.Platform.PlatformRoutes;

namespace KipuHub.Client.Platform;

/// <summary>The workflow_services namespace: services made of steps, and their workflow model (BPMN, as text).</summary>
public sealed class WorkflowServicesClient : PlatformCaller
{
    internal WorkflowServicesClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public async Task<CatalogService> CreateWorkflowServiceAsync(string name, string? description = null,
        CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(name)
            ? throw new ArgumentException("A workflow service needs a name.", nameof(name))
            : ServiceIds.Fill(await ReadRequiredAsync<CatalogService>(WithBody(Scoped(R.CreateWorkflowService),
                new CreateWorkflowServiceRequest { Name = name, Description = description }), cancellationToken).ConfigureAwait(false));

    public async Task<string> GetWorkflowModelAsync(string serviceId, string versionId, CancellationToken cancellationToken = default) =>
        (await Transport.SendAsync(Scoped(R.GetWorkflowModel, serviceId, versionId), cancellationToken).ConfigureAwait(false)).BodyText;

    /// <summary>Replaces the version's workflow model; the 2024 API takes it as text/plain.</summary>
    public Task UpdateWorkflowModelAsync(string serviceId, string versionId, string model, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(model)) throw new ArgumentException("The workflow model is empty.", nameof(model));
        var request = Scoped(R.UpdateWorkflowModel, serviceId, versionId);
        (request.Body, request.BodyContentType) = (model, "text/plain");
        return SendAsync(request, cancellationToken);
    }
}

/// <summary>The external_services namespace: services hosted elsewhere, registered with their URL and API definition.</summary>
public sealed class ExternalServicesClient : PlatformCaller
{
    internal ExternalServicesClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    /// <param name="apiDefinition">Opens the service's OpenAPI document (multipart part apiDefinition), streamed.</param>
    /// <param name="username">For a service behind basic authentication; with <paramref name="password"/>.</param>
    /// <param name="password">Sent in the query, as the 2024 API wants it, and masked in every log and error.</param>
    public async Task<CatalogService> CreateExternalServiceAsync(CreateExternalServiceRequest request, Func<Stream> apiDefinition,
        string fileName,
        string? username = null, string? password = null, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request?.Name)) throw new ArgumentException("An external service needs a name.", nameof(request));
        if (!Uri.TryCreate(request!.Url, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{request.Url}' is not an http or https URL.", nameof(request));
        var sent = Scoped(R.CreateExternalService).WithQuery("name", request.Name).WithQuery("url", request.Url).WithQuery("description",
            request.Description)
            .WithQuery("username", username).WithSecretQuery("password", password)
            .WithQuery("securityConfiguration", username is null ? null : "BASIC_AUTH");
        sent.File = new FileUpload("apiDefinition", apiDefinition ?? throw new ArgumentNullException(nameof(apiDefinition)), fileName,
            fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/yaml");
        return ServiceIds.Fill(await ReadRequiredAsync<CatalogService>(sent, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>The API definition (OpenAPI document) of any service version: read, or replaced with a file.</summary>
public sealed class ApiDefinitionsClient : PlatformCaller
{
    internal ApiDefinitionsClient(HubTransport transport, string? organizationId) : base(transport, organizationId) { }

    public async Task<string> GetApiDefinitionAsync(string serviceId, string versionId, CancellationToken cancellationToken = default) =>
        (await Transport.SendAsync(Scoped(R.GetApiDefinition, serviceId, versionId), cancellationToken).ConfigureAwait(false)).BodyText;

    public Task UpdateApiDefinitionAsync(string serviceId, string versionId, Func<Stream> definition, string fileName,
        CancellationToken cancellationToken = default)
    {
        var request = Scoped(R.UpdateApiDefinition, serviceId, versionId);
        request.File = new FileUpload("file", definition ?? throw new ArgumentNullException(nameof(definition)), fileName,
            fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "application/yaml");
        return SendAsync(request, cancellationToken);
    }
}

internal static class ServiceIds
{
    /// <summary>The service's id on each of its versions, when the answer leaves it out.</summary>
    public static CatalogService Fill(CatalogService service)
    {
        foreach (var version in service.Versions ?? new List<CatalogServiceVersion>()) version.ServiceId ??= service.Id;
        return service;
    }
}
