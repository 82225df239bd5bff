using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The current status and queue of backends: cheaper to poll than Get-QHubBackend.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendStatus", HelpUri = HelpUris.Base + "Get-QHubBackendStatus.md")]
[OutputType(typeof(BackendStateInfo))]
public sealed class GetQHubBackendStatusCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Backend";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        PlainObjects.WithNote(await Quantum.Backends.GetBackendStatusAsync(id, token), "BackendId", id));
}
