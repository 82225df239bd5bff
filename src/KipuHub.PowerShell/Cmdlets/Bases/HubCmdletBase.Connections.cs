using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets;

// What the API bases resolve on the pipeline thread: the Hub connection, a service connection, a file.
public abstract partial class HubCmdletBase
{
    /// <summary>The Hub connection given, else this runspace's (writing a saved file's warning); a terminating NotConnected without
    /// either.</summary>
    internal static QHubConnection ResolveHub(PSCmdlet cmdlet, QHubConnection? given)
    {
        if (given is not null) return given;
        var current = CurrentConnection.Get(out var warning);
        if (warning is not null) cmdlet.WriteWarning(warning);
        if (current is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to the Kipu Quantum Hub. Run Connect-QHub (it reads the token from -Token, " +
                    "KQH_PERSONAL_ACCESS_TOKEN or the qhubctl config file), or pass -Connection."),
                "NotConnected", ErrorCategory.AuthenticationError, null));
        return current!;
    }

    /// <summary>The service connection given, else this runspace's last; a terminating NotConnected without either.</summary>
    internal static QHubServiceConnection ResolveService(PSCmdlet cmdlet, QHubServiceConnection? given)
    {
        var current = given ?? Current<QHubServiceConnection>.Get();
        if (current is null)
            cmdlet.ThrowTerminatingError(new ErrorRecord(
                new InvalidOperationException("Not connected to a managed service. Run Connect-QHubService -Uri <the service's gateway " +
                    "URL> with -ConsumerKey and -ConsumerSecret (or -Token), or pass -ServiceConnection."),
                "NotConnected", ErrorCategory.AuthenticationError, null));
        return current!;
    }

    /// <summary>The file a path names, resolved on the pipeline thread; a missing one (or a folder) is a terminating error.</summary>
    protected string ExistingFile(string path)
    {
        var full = SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
        try
        {
            return LocalFiles.RequireFile(full);
        }
        catch (IOException e)
        {
            var classified = ErrorClassifier.Classify(e, new ErrorContext("File"), full);
            ThrowTerminatingError(new ErrorRecord(e, classified.ErrorId, (ErrorCategory)Enum.Parse(typeof(ErrorCategory),
                classified.Kind.ToString()), full));
            throw;
        }
    }
}
