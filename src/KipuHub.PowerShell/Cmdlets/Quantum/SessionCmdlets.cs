using System.Management.Automation;
using KipuHub.Client.Quantum.Models;
using KipuHub.PowerShell.Cmdlets.Common;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Quantum;

/// <summary>Base of the session cmdlets: session ids from -Id or piped sessions; -ServiceExecutionId for an execution's sessions.</summary>
public abstract class SessionIdCmdlet : ServiceExecutionIdCmdlet
{
    protected override string ErrorNoun => "Session";
}

/// <summary>The status of sessions: cheaper to poll than Get-QHubSession.</summary>
[Cmdlet(VerbsCommon.Get, "QHubSessionStatus")]
[OutputType(typeof(SessionStatusResponse))]
public sealed class GetQHubSessionStatusCommand : SessionIdCmdlet
{
    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var status = ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.GetServiceExecutionSessionStatusAsync(execution, id, token)
            : await Hub.Quantum.Sessions.GetSessionStatusAsync(id, token);
        return PlainObjects.WithNote(status, "SessionId", id);
    }
}

/// <summary>Lets sessions accept new jobs (ACTIVE) or stop accepting them while running jobs finish (DRAINING).</summary>
[Cmdlet(VerbsCommon.Set, "QHubSession", SupportsShouldProcess = true)]
[OutputType(typeof(Session))]
public sealed class SetQHubSessionCommand : SessionIdCmdlet
{
    [Parameter(Mandatory = true)]
    public bool AcceptJobs { get; set; }

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override bool Confirm(string id) =>
        ShouldProcess($"session {id}", AcceptJobs ? "Accept new jobs" : "Stop accepting new jobs (drain)");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        var session = ServiceExecutionId is { } execution
            ? await Hub.Quantum.Jobs.UpdateServiceExecutionSessionStateAsync(execution, id, AcceptJobs, token)
            : await Hub.Quantum.Sessions.UpdateSessionStateAsync(id, AcceptJobs, token);
        return PassThru ? session : null;
    }
}

/// <summary>Closes sessions: running jobs finish, no new jobs are accepted. Closing a closed session does nothing.</summary>
[Cmdlet(VerbsCommon.Close, "QHubSession", SupportsShouldProcess = true)]
[OutputType(typeof(Session))]
public sealed class CloseQHubSessionCommand : SessionIdCmdlet
{
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override bool Confirm(string id) => ShouldProcess($"session {id}", "Close");

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        if (ServiceExecutionId is { } execution)
            await Hub.Quantum.Jobs.CloseServiceExecutionSessionAsync(execution, id, token);
        else
            await Hub.Quantum.Sessions.CloseSessionAsync(id, token);
        return PassThru && ServiceExecutionId is null ? await Hub.Quantum.Sessions.GetSessionAsync(id, token) : null;
    }
}

/// <summary>Ends sessions at once, cancelling their running and queued jobs.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubSession", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class StopQHubSessionCommand : IdCmdlet
{
    /// <summary>Skips the confirmation, for scripts and runbooks.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Session";

    protected override bool Confirm(string id) => ShouldProcess($"session {id}", "Cancel the session and all its jobs", Force);

    protected override async Task<object?> ForIdAsync(string id, CancellationToken token)
    {
        await Hub.Quantum.Sessions.CancelSessionAsync(id, token);
        return null;
    }
}
