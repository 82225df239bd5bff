using System.Management.Automation;
using KipuHub.PowerShell.Transfers;

namespace KipuHub.PowerShell.Cmdlets;

// Transfers: a file moving up or down shows its progress while it lasts, on the pipeline thread.
public abstract partial class HubCmdletBase
{
    TransferProgress? transfer;

    /// <summary>Starts showing a transfer's progress (called from the work, on any thread); the bar closes when the target's
    /// work ends.</summary>
    protected TransferProgress BeginTransfer(string activity, long? total)
    {
        var started = new TransferProgress(activity, total);
        Volatile.Write(ref transfer, started);
        return started;
    }

    void ShowTransfer()
    {
        if (Volatile.Read(ref transfer)?.Current() is { } record) WriteProgress(record);
    }

    void EndTransfer()
    {
        if (Interlocked.Exchange(ref transfer, null)?.Completed() is { } record && !Stopping) WriteProgress(record);
    }
}
