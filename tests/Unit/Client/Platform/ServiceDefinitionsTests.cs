using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Platform;

/// <summary>Workflow services and their models, external services and API definitions, against the emulator.</summary>
public sealed class ServiceDefinitionsTests : EmulatorFixture
{
    const string Bpmn = """<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><process id="p"/></definitions>""";
    const string OpenApi = """{"openapi":"3.0.3","info":{"title":"pricing","version":"1"},"paths":{}}""";

    static Func<Stream> Text(string text) => () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_workflow_service_keeps_the_bpmn_model_it_was_given_as_text()
    {
        using var platform = new HubPlatformClient(Options("org-workflows"));
        var service = await platform.WorkflowServices.CreateWorkflowServiceAsync("onboarding", "steps");
        Assert.Equal("WORKFLOW", service.Type);
        var version = service.LatestVersion!;
        await Assert.ThrowsAsync<NotFoundException>(() => platform.WorkflowServices.GetWorkflowModelAsync(service.Id!, version.Id!));
        await platform.WorkflowServices.UpdateWorkflowModelAsync(service.Id!, version.Id!, Bpmn);
        Assert.Equal(Bpmn, await platform.WorkflowServices.GetWorkflowModelAsync(service.Id!, version.Id!));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.WorkflowServices.UpdateWorkflowModelAsync(service.Id!, version.Id!, "not xml"));
        Assert.Equal("onboarding", Assert.Single((await platform.Services.GetServicesAsync(type: "WORKFLOW")).Items).Name);
    }

    [Fact]
    public async Task An_external_service_is_registered_with_its_url_and_definition_and_its_password_never_shows()
    {
        var log = new List<string>();
        using var platform = new HubPlatformClient(Options("org-external", configure: o => o.Logger = entry => log.Add(entry.Message)));
        const string password = "p4ss";
        var service = await platform.ExternalServices.CreateExternalServiceAsync(
            new CreateExternalServiceRequest { Name = "pricing-api", Url = "https://pricing.example.org/v1" }, Text(OpenApi), "pricing.json", "ada", password);
        Assert.Equal(("EXTERNAL", "https://pricing.example.org/v1"), (service.Type, service.LatestVersion!.ProductionEndpoint));
        Assert.Contains(log, line => line.Contains("external-services") && line.Contains("password=***"));
        Assert.DoesNotContain(log, line => line.Contains(password));

        var version = service.LatestVersion!.Id!;
        Assert.Equal(OpenApi, await platform.ApiDefinitions.GetApiDefinitionAsync(service.Id!, version));
        const string yaml = "openapi: 3.1.0\ninfo:\n  title: pricing\n  version: '2'\npaths: {}\n";
        await platform.ApiDefinitions.UpdateApiDefinitionAsync(service.Id!, version, Text(yaml), "pricing.yaml");
        Assert.Equal(yaml, await platform.ApiDefinitions.GetApiDefinitionAsync(service.Id!, version));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ApiDefinitions.UpdateApiDefinitionAsync(service.Id!, version, Text("just text"), "notes.txt"));
        await Assert.ThrowsAsync<ArgumentException>(() => platform.ExternalServices.CreateExternalServiceAsync(new CreateExternalServiceRequest { Name = "x", Url = "ftp://x" }, Text(OpenApi), "x.json"));
        await Assert.ThrowsAsync<UnprocessableEntityException>(() => platform.ExternalServices.CreateExternalServiceAsync(new CreateExternalServiceRequest { Name = "x", Url = "https://x.example.org" }, Text("{}"), "x.json"));
    }
}
