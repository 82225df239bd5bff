using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The workflow model (BPMN) of a workflow service version, as text.</summary>
[Cmdlet(VerbsCommon.Get, "QHubWorkflowModel", HelpUri = HelpUris.Base + "Get-QHubWorkflowModel.md")]
[OutputType(typeof(string))]
public sealed class GetQHubWorkflowModelCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty][ArgumentCompleter(typeof(ServiceVersionIdCompleter))] public string? VersionId { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord() => ForTarget(Id, async token =>
        await Platform.WorkflowServices.GetWorkflowModelAsync(Id!, await VersionOfAsync(Id!, VersionId, token), token));
}
