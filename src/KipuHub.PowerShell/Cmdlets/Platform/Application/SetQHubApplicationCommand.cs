using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Renames applications; a name already used in the context is ApplicationConflict.</summary>
[Cmdlet(VerbsCommon.Set, "QHubApplication", HelpUri = HelpUris.Base + "Set-QHubApplication.md", SupportsShouldProcess = true)]
[OutputType(typeof(Application))]
public sealed class SetQHubApplicationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string? Id { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application {Id}", $"Rename to '{Name}'")) return;
        ForTarget(Id, async token => await Platform.Applications.UpdateApplicationAsync(Id!, Name!, token));
    }
}
