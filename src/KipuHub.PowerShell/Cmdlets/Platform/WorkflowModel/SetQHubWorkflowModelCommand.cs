using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Replaces the workflow model (BPMN) of a workflow service version, from a file or text.</summary>
[Cmdlet(VerbsCommon.Set, "QHubWorkflowModel",
    HelpUri = HelpUris.Base + "Set-QHubWorkflowModel.md", SupportsShouldProcess = true, DefaultParameterSetName = PathSet)]
[OutputType(typeof(void))]
public sealed class SetQHubWorkflowModelCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty][ArgumentCompleter(typeof(ServiceVersionIdCompleter))] public string? VersionId { get; set; }

    const string PathSet = "Path", TextSet = "Text";

    [Parameter(Mandatory = true, ParameterSetName = PathSet)][ValidateNotNullOrEmpty] public string? Path { get; set; }
    [Parameter(Mandatory = true, ParameterSetName = TextSet)][ValidateNotNullOrEmpty] public string? Model { get; set; }

    protected override string ErrorNoun => "Service";

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
