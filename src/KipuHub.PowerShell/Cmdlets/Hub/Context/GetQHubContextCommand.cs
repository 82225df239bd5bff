using System.Management.Automation;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Hub;

/// <summary>Shows the current connection: account, organization, endpoints and where the token came from (never the token).</summary>
[Cmdlet(VerbsCommon.Get, "QHubContext", HelpUri = HelpUris.Base + "Get-QHubContext.md")]
[OutputType(typeof(QHubConnection))]
public sealed class GetQHubContextCommand : PSCmdlet
{
    protected override void EndProcessing()
    {
        var current = CurrentConnection.Get(out var warning);
        if (warning is not null) WriteWarning(warning);
        if (current is not null) WriteObject(current);
    }
}
