using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>The calibration captured when jobs ran; nothing when there is none.</summary>
[Cmdlet(VerbsCommon.Get, "QHubJobCalibration", HelpUri = HelpUris.Base + "Get-QHubJobCalibration.md")]
[OutputType(typeof(CalibrationResponse))]
public sealed class GetQHubJobCalibrationCommand : QuantumCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(JobIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The jobs of this managed-service execution.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(ServiceExecutionIdCompleter))]
    public string? ServiceExecutionId { get; set; }

    protected override string ErrorNoun => "Job";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
        await Quantum.Jobs.For(ServiceExecutionId).GetJobCalibrationAsync(id, token));
}
