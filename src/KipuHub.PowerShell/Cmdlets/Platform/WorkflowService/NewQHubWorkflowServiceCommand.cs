using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates a workflow service, with its BPMN model when -Path names one.</summary>
[Cmdlet(VerbsCommon.New, "QHubWorkflowService", HelpUri = HelpUris.Base + "New-QHubWorkflowService.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogService))]
public sealed class NewQHubWorkflowServiceCommand : PlatformCmdletBase
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
            if (model is not null) await Platform.WorkflowServices.UpdateWorkflowModelAsync(service.Id!, service.LatestVersion!.Id!, model,
                token);
            return service;
        }, creates: true);
    }
}
