using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets;

/// <summary>
/// A run that ended between the listing and the cancel ("every run still going") has nothing left to cancel: a warning that
/// says how it ended, not an error that stops a runbook. A conflict over a run still going stays an error.
/// </summary>
internal static class EndedBeforeCancel
{
    /// <summary>The cancel's answer; on a conflict, the run as it is when it has ended (after the warning).</summary>
    /// <param name="endedAs">The run's status when it is a terminal one, else null.</param>
    public static async Task<T?> CancelAsync<T>(string what, Func<Task<T?>> cancel, Func<Task<T>> read, Func<T, string?> endedAs)
        where T : class
    {
        try
        {
            return await cancel();
        }
        catch (ConflictException)
        {
            var run = await read();
            if (endedAs(run) is not { } status) throw;
            LogRouting.Write(new HubLogEntry(HubLogLevel.Warning,
                $"{what} had already ended ({status}) when it was to be cancelled: nothing to cancel."));
            return run;
        }
    }
}
