using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>
/// -Debug where there is no console (a hosted runspace, as a service or an Automation worker hosts PowerShell): the trace is
/// written, and the cmdlet does its work, instead of failing before it sends anything.
/// </summary>
public sealed class HostlessDebugTests : EmulatorFixture, IDisposable
{
    readonly HostedShell shell = HostedShell.WithModule();

    public void Dispose()
    {
        shell.Invoke("Disconnect-QHub");
        shell.Dispose();
    }

    [Fact]
    public void Reset_QHubAccessToken_with_Debug_in_a_runspace_without_a_console_resets_the_token()
    {
        shell.Run("param($e, $t) Connect-QHub -Endpoint $e -Token (ConvertTo-SecureString $t -AsPlainText -Force)", Root.ToString(),
            EmulatorOptions.DevToken);

        var reset = shell.Invoke("Reset-QHubAccessToken -Confirm:$false -Debug");

        Assert.True(shell.Errors.Count == 0, string.Join("; ", shell.Errors.Select(e => e.Exception.ToString())));
        Assert.Single(reset);
        Assert.Contains("POST", shell.Transcript, StringComparison.Ordinal);
    }
}
