using System.Management.Automation;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Forgets this session's connection; with -Scope CurrentUser also deletes the saved one.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "QHub")]
[OutputType(typeof(void))]
public sealed class DisconnectQHubCommand : PSCmdlet
{
    [Parameter]
    [ValidateSet("Process", "CurrentUser")]
    public string Scope { get; set; } = "Process";

    protected override void EndProcessing()
    {
        CurrentConnection.Set(null);
        if (Scope != "CurrentUser") return;
        var file = new SavedConnectionFile(SavedConnectionFile.DefaultPath());
        if (file.Delete()) WriteVerbose($"Deleted the saved connection {file.Path}.");
    }
}
