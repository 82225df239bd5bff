using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The calibration of backends, the latest or the one effective at a time; nothing when there is none.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendCalibration", HelpUri = HelpUris.Base + "Get-QHubBackendCalibration.md")]
[OutputType(typeof(CalibrationResponse))]
public sealed class GetQHubBackendCalibrationCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(BackendIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public DateTime? EffectiveAt { get; set; }

    protected override string ErrorNoun => "Backend";

    protected override void ProcessRecord()
    {
        DateTimeOffset? at = EffectiveAt is { } when ? new DateTimeOffset(when.ToUniversalTime(), TimeSpan.Zero) : null;
        ForEachId(Id, async (id, token) => await Quantum.Backends.GetBackendCalibrationAsync(id, at, token));
    }
}
