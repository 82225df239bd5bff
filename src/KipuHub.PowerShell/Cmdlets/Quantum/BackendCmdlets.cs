using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Cmdlets.Common;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Base of the cmdlets that read one thing of a backend, by id or from piped backends.</summary>
public abstract class BackendIdCmdlet : IdCmdlet
{
    protected override string ErrorNoun => "Backend";
}

/// <summary>The current status and queue of backends: cheaper to poll than Get-QHubBackend.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendStatus")]
[OutputType(typeof(BackendStateInfo))]
public sealed class GetQHubBackendStatusCommand : BackendIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token) =>
        PlainObjects.WithNote(await Hub.Quantum.Backends.GetBackendStatusAsync(id, token), "BackendId", id);
}

/// <summary>The provider-native configuration of backends.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendConfig")]
[OutputType(typeof(PSObject), typeof(string))]
public sealed class GetQHubBackendConfigCommand : BackendIdCmdlet
{
    /// <summary>The JSON text instead of an object.</summary>
    [Parameter] public SwitchParameter Raw { get; set; }

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var config = await Hub.Quantum.Backends.GetBackendConfigAsync(id, token);
        return Raw ? config?.Text : PlainObjects.ToPowerShell(config?.Value, "KipuHub.BackendConfig");
    }
}

/// <summary>The calibration of backends, the latest or the one effective at a time; nothing when there is none.</summary>
[Cmdlet(VerbsCommon.Get, "QHubBackendCalibration")]
[OutputType(typeof(CalibrationResponse))]
public sealed class GetQHubBackendCalibrationCommand : BackendIdCmdlet
{
    [Parameter] public DateTime? EffectiveAt { get; set; }

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token) =>
        await Hub.Quantum.Backends.GetBackendCalibrationAsync(id, EffectiveAt is { } at ? new DateTimeOffset(at.ToUniversalTime(), TimeSpan.Zero) : null, token);
}
