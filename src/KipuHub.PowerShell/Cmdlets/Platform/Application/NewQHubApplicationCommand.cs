using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates an application; a name already used in the context is ApplicationConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubApplication", HelpUri = HelpUris.Base + "New-QHubApplication.md", SupportsShouldProcess = true)]
[OutputType(typeof(Application))]
public sealed class NewQHubApplicationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"application '{Name}'", "Create")) return;
        ForTarget(Name, async token => await Platform.Applications.CreateApplicationAsync(Name!, token), creates: true);
    }
}
