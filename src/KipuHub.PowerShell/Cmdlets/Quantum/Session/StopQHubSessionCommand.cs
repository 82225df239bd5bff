using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Ends sessions at once, cancelling their running and queued jobs.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubSession",
    HelpUri = HelpUris.Base + "Stop-QHubSession.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Session))]
public sealed class StopQHubSessionCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts and runbooks.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    /// <summary>Writes each session as it is after the cancel.</summary>
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"session {id}", "Cancel the session and all its jobs",
        Force), async (id, token) =>
    {
        await Quantum.Sessions.CancelSessionAsync(id, token);
        return PassThru ? await Quantum.Sessions.GetSessionAsync(id, token) : null;
    });
}
