using System.Management.Automation.Runspaces;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The process's default connection of one kind: what a runspace without a connection of its own uses
/// (ForEach-Object -Parallel, Start-ThreadJob, runspace pools), as Az and Microsoft.Graph keep one context per process.
/// The runspace that set it owns it: a connect in another runspace changes that runspace only, unless forced, so a child
/// never switches its parent's context mid-run (the long-standing complaint about Connect-MgGraph in parallel runspaces).
/// A closed owner frees it.
/// </summary>
internal static class ProcessDefault<T> where T : class, IDisposable
{
    static readonly object Gate = new();
    static T? current;
    static WeakReference<Runspace>? owner;

    public static T? Connection
    {
        get { lock (Gate) return current; }
    }

    /// <summary>Takes the connection as the process's default when it is free, this runspace's, or forced; false when another
    /// open runspace holds it.</summary>
    public static bool Offer(T? connection, bool force)
    {
        lock (Gate)
        {
            if (!force && current is not null && !OwnedHere() && OwnerOpen()) return false;
            current = connection;
            owner = connection is null || Runspace.DefaultRunspace is not { } runspace ? null : new WeakReference<Runspace>(runspace);
            return true;
        }
    }

    /// <summary>Forgets the default if this runspace set it (Disconnect-QHub); a child's disconnect leaves its parent's.</summary>
    public static void Release()
    {
        lock (Gate)
        {
            if (!OwnedHere()) return;
            current = null;
            owner = null;
        }
    }

    static bool OwnedHere() => owner is not null && owner.TryGetTarget(out var set) && ReferenceEquals(set, Runspace.DefaultRunspace);

    static bool OwnerOpen() =>
        owner is not null && owner.TryGetTarget(out var set) &&
            set.RunspaceStateInfo.State is RunspaceState.Opened or RunspaceState.Opening;
}
