using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Closes sessions: running jobs finish, no new jobs are accepted. Closing a closed session does nothing.</summary>
[Cmdlet(VerbsCommon.Close, "QHubSession", HelpUri = HelpUris.Base + "Close-QHubSession.md", SupportsShouldProcess = true)]
[OutputType(typeof(Session))]
public sealed class CloseQHubSessionCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The sessions of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"session {id}", "Close"), async (id, token) =>
    {
        await Quantum.Sessions.For(ServiceExecutionId).CloseSessionAsync(id, token);
        // An execution's sessions have no get of their own to read back.
        return PassThru && ServiceExecutionId is null ? await Quantum.Sessions.GetSessionAsync(id, token) : null;
    });
}
