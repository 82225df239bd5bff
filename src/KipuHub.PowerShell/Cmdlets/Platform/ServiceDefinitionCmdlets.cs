using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A cmdlet about one version of a service (the newest unless -VersionId); a service from the pipeline binds by its Id.</summary>
public abstract class ServiceVersionTextCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty] public string? VersionId { get; set; }

    protected override string ErrorNoun => "Service";

}

/// <summary>Creates a workflow service, with its BPMN model when -Path names one.</summary>
[Cmdlet(VerbsCommon.New, "QHubWorkflowService", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubWorkflowServiceCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter] public string? Description { get; set; }

    /// <summary>A BPMN file: the model of the first version.</summary>
    [Parameter][ValidateNotNullOrEmpty] public string? Path { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        var model = Path is null ? null : File.ReadAllText(ExistingFile(Path));
        if (!ShouldProcess($"workflow service '{Name}'", "Create")) return;
        ForTarget(Name, async token =>
        {
            var service = await Platform.WorkflowServices.CreateWorkflowServiceAsync(Name!, Description, token);
            if (model is not null) await Platform.WorkflowServices.UpdateWorkflowModelAsync(service.Id!, service.LatestVersion!.Id!, model, token);
            return service;
        }, creates: true);
    }
}

/// <summary>The workflow model (BPMN) of a workflow service version, as text.</summary>
[Cmdlet(VerbsCommon.Get, "QHubWorkflowModel")]
[OutputType(typeof(string))]
public sealed class GetQHubWorkflowModelCommand : ServiceVersionTextCmdlet
{
    protected override void ProcessRecord() => ForTarget(Id, async token =>
        await Platform.WorkflowServices.GetWorkflowModelAsync(Id!, await VersionOfAsync(Id!, VersionId, token), token));
}

/// <summary>Replaces the workflow model (BPMN) of a workflow service version, from a file or text.</summary>
[Cmdlet(VerbsCommon.Set, "QHubWorkflowModel", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(void))]
public sealed class SetQHubWorkflowModelCommand : ServiceVersionTextCmdlet
{
    const string PathSet = "Path", TextSet = "Text";

    [Parameter(Mandatory = true, ParameterSetName = PathSet)][ValidateNotNullOrEmpty] public string? Path { get; set; }
    [Parameter(Mandatory = true, ParameterSetName = TextSet)][ValidateNotNullOrEmpty] public string? Model { get; set; }

    protected override void ProcessRecord()
    {
        var model = Model ?? File.ReadAllText(ExistingFile(Path!));
        if (!ShouldProcess($"service {Id}", "Replace the workflow model")) return;
        ForTarget(Id, async token =>
        {
            await Platform.WorkflowServices.UpdateWorkflowModelAsync(Id!, await VersionOfAsync(Id!, VersionId, token), model, token);
            return null;
        });
    }
}

/// <summary>Registers a service hosted elsewhere with its URL and OpenAPI document; -Credential for basic authentication.</summary>
[Cmdlet(VerbsCommon.New, "QHubExternalService", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubExternalServiceCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }
    [Parameter(Mandatory = true)] public Uri? Url { get; set; }

    /// <summary>The service's OpenAPI document (JSON or YAML), uploaded streamed.</summary>
    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? ApiDefinition { get; set; }

    [Parameter] public string? Description { get; set; }

    /// <summary>The user name and password the Hub calls the service with (basic authentication).</summary>
    [Parameter][Credential] public PSCredential? Credential { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        var file = ExistingFile(ApiDefinition!);
        if (!ShouldProcess($"external service '{Name}' at {Url}", "Register")) return;
        var request = new CreateExternalServiceRequest { Name = Name!, Url = Url!.ToString(), Description = Description };
        var (user, password) = (Credential?.UserName, Credential is null ? null : KipuHub.PowerShell.Connection.SecureText.Plain(Credential.Password));
        ForTarget(Name, async token => await Platform.ExternalServices.CreateExternalServiceAsync(request, () => File.OpenRead(file), System.IO.Path.GetFileName(file), user, password, token), creates: true);
    }
}

/// <summary>The API definition (OpenAPI document) of a service version, as text.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceApiDefinition")]
[OutputType(typeof(string))]
public sealed class GetQHubServiceApiDefinitionCommand : ServiceVersionTextCmdlet
{
    protected override void ProcessRecord() => ForTarget(Id, async token =>
        await Platform.ApiDefinitions.GetApiDefinitionAsync(Id!, await VersionOfAsync(Id!, VersionId, token), token));
}

/// <summary>Replaces the API definition (OpenAPI document) of a service version with a file, uploaded streamed.</summary>
[Cmdlet(VerbsCommon.Set, "QHubServiceApiDefinition", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class SetQHubServiceApiDefinitionCommand : ServiceVersionTextCmdlet
{
    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? Path { get; set; }

    protected override void ProcessRecord()
    {
        var file = ExistingFile(Path!);
        if (!ShouldProcess($"service {Id}", $"Replace the API definition with {file}")) return;
        ForTarget(Id, async token =>
        {
            await Platform.ApiDefinitions.UpdateApiDefinitionAsync(Id!, await VersionOfAsync(Id!, VersionId, token), () => File.OpenRead(file), System.IO.Path.GetFileName(file), token);
            return null;
        });
    }
}
