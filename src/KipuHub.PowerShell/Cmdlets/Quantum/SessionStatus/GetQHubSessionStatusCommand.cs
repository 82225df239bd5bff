using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The status of sessions: cheaper to poll than Get-QHubSession.</summary>
[Cmdlet(VerbsCommon.Get, "QHubSessionStatus", HelpUri = HelpUris.Base + "Get-QHubSessionStatus.md")]
[OutputType(typeof(SessionStatusResponse))]
public sealed class GetQHubSessionStatusCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(SessionIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The sessions of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    protected override string ErrorNoun => "Session";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        PlainObjects.WithNote(await Quantum.Sessions.For(ServiceExecutionId).GetSessionStatusAsync(id, token), "SessionId", id));
}
