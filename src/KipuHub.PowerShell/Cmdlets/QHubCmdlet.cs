using System.Management.Automation;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>A cmdlet that talks to the Hub through a connection: -Connection, or the one of this runspace.</summary>
public abstract class QHubCmdlet : HubCmdletBase
{
    QHubConnection? connection;

    /// <summary>A connection from Connect-QHub -PassThru; by default the current one of this session.</summary>
    [Parameter]
    public QHubConnection? Connection { get; set; }

    protected QHubConnection Hub => connection ??= Connection ?? Current();

    // Resolved here, on the pipeline thread: client work runs on the thread pool, where a first use of Hub
    // could not write its warning or its NotConnected error.
    protected override void BeginProcessing()
    {
        _ = Hub;
        base.BeginProcessing();
    }

    QHubConnection Current() => Resolve(this, null);

    /// <summary>The connection given, else this runspace's (writing a saved file's warning); a terminating NotConnected without either.</summary>
    internal static QHubConnection Resolve(PSCmdlet cmdlet, QHubConnection? given)
    {
        if (given is not null) return given;
        var current = CurrentConnection.Get(out var warning);
        if (warning is not null) cmdlet.WriteWarning(warning);
        if (current is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to the Kipu Quantum Hub. Run Connect-QHub (it reads the token from -Token, KQH_PERSONAL_ACCESS_TOKEN or the qhubctl config file), or pass -Connection."),
                "NotConnected", ErrorCategory.AuthenticationError, null));
        return current!;
    }
}
