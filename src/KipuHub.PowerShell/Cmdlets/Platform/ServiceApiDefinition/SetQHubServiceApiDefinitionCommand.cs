using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Replaces the API definition (OpenAPI document) of a service version with a file, uploaded streamed.</summary>
[Cmdlet(VerbsCommon.Set, "QHubServiceApiDefinition",
    HelpUri = HelpUris.Base + "Set-QHubServiceApiDefinition.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class SetQHubServiceApiDefinitionCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty][ArgumentCompleter(typeof(ServiceVersionIdCompleter))] public string? VersionId { get; set; }

    [Parameter(Mandatory = true)][ValidateNotNullOrEmpty] public string? Path { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        var file = ExistingFile(Path!);
        if (!ShouldProcess($"service {Id}", $"Replace the API definition with {file}")) return;
        ForTarget(Id, async token =>
        {
            await Platform.ApiDefinitions.UpdateApiDefinitionAsync(Id!, await VersionOfAsync(Id!, VersionId, token), () =>
                File.OpenRead(file), System.IO.Path.GetFileName(file), token);
            return null;
        });
    }
}
