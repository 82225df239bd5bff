using System.Management.Automation;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Forgets this session's connection; with -Scope CurrentUser also deletes the saved one.</summary>
[Cmdlet(VerbsCommunications.Disconnect, "QHub", HelpUri = HelpUris.Base + "Disconnect-QHub.md")]
[OutputType(typeof(void))]
public sealed class DisconnectQHubCommand : PSCmdlet
{
    [Parameter]
    [ValidateSet("Process", "CurrentUser")]
    public string Scope { get; set; } = "Process";

    protected override void BeginProcessing() =>
        DebugRuntime.ContinueInsteadOfInquire(CommandRuntime, GetVariableValue("WarningPreference") as ActionPreference?);

    protected override void EndProcessing()
    {
        var loadedFromFile = CurrentConnection.Peek()?.Scope == "CurrentUser";
        CurrentConnection.Set(null);
        var file = SavedConnectionFile.ForCurrentUser();
        if (Scope == "CurrentUser")
        {
            if (file.Delete()) WriteVerbose($"Deleted the saved connection {file.Path}.");
        }
        // Whoever disconnects a saved connection expects to be signed out; the next session would connect again.
        else if (loadedFromFile && file.Exists)
            WriteWarning($"Disconnected this session only: the connection saved in {file.Path} remains, and new sessions " +
                "connect with it. Disconnect-QHub -Scope CurrentUser removes it.");
    }
}
