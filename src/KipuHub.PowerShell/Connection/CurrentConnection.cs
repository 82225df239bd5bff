using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The connection of each runspace (Process scope): runbooks sharing a sandbox, and parallel runspaces, never see
/// each other's context. The first use in a runspace picks up a connection saved with -Scope CurrentUser.
/// </summary>
internal static class CurrentConnection
{
    public static QHubConnection? Get(out string? warning)
    {
        warning = null;
        var slot = RunspaceSlots<QHubConnection>.OfThisRunspace();
        lock (slot)
        {
            if (slot.Connection is null && !slot.SavedChecked)
            {
                slot.SavedChecked = true;
                slot.Connection = new SavedConnectionFile(SavedConnectionFile.DefaultPath()).Load(out warning);
            }
            return slot.Connection;
        }
    }

    /// <summary>This runspace's connection, without loading a saved one.</summary>
    public static QHubConnection? Peek() => RunspaceSlots<QHubConnection>.OfThisRunspace().Connection;

    public static void Set(QHubConnection? connection) => RunspaceSlots<QHubConnection>.OfThisRunspace().Replace(connection);
}

/// <summary>One slot per runspace for each kind of connection; connections never cross runspaces by default.</summary>
internal static class RunspaceSlots<T> where T : class, IDisposable
{
    static readonly ConditionalWeakTable<Runspace, ConnectionSlot<T>> Slots = new();
    static readonly ConnectionSlot<T> NoRunspace = new();

    public static ConnectionSlot<T> OfThisRunspace() =>
        Runspace.DefaultRunspace is { } runspace ? Slots.GetValue(runspace, _ => new ConnectionSlot<T>()) : NoRunspace;
}
