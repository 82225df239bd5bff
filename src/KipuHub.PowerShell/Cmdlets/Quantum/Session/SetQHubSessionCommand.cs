using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Lets sessions accept new jobs (ACTIVE) or stop accepting them while running jobs finish (DRAINING).</summary>
[Cmdlet(VerbsCommon.Set, "QHubSession", HelpUri = HelpUris.Base + "Set-QHubSession.md", SupportsShouldProcess = true)]
[OutputType(typeof(Session))]
public sealed class SetQHubSessionCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The sessions of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter(Mandatory = true)]
    public bool AcceptJobs { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"session {id}", AcceptJobs ? "Accept new jobs" : "Stop accepting new jobs (drain)"),
            async (id, token) =>
        {
            var session = await Quantum.Sessions.For(ServiceExecutionId).UpdateSessionStateAsync(id, AcceptJobs, token);
            return PassThru ? session : null;
        });
}
