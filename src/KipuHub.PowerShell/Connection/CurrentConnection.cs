using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The connection a cmdlet uses without -Connection: its runspace's own, else the process's default (ProcessDefault),
/// else one saved with -Scope CurrentUser, picked up on first use.
/// </summary>
internal static class CurrentConnection
{
    public static QHubConnection? Get(out string? warning)
    {
        warning = null;
        var slot = RunspaceSlots<QHubConnection>.OfThisRunspace();
        lock (slot)
        {
            if (slot.Connection is null && ProcessDefault<QHubConnection>.Connection is { } shared) return shared;
            if (slot.Connection is null && !slot.SavedChecked)
            {
                slot.SavedChecked = true;
                slot.Connection = SavedConnectionFile.ForCurrentUser().Load(out warning);
                if (slot.Connection is not null) ProcessDefault<QHubConnection>.Offer(slot.Connection, force: false);
            }
            return slot.Connection;
        }
    }

    /// <summary>This runspace's own connection, without the process's default or a saved one.</summary>
    public static QHubConnection? Peek() => RunspaceSlots<QHubConnection>.OfThisRunspace().Connection;

    /// <summary>This runspace's connection, and the process's default when it is free, this runspace's, or forced; false when
    /// another runspace keeps the default.</summary>
    public static bool Set(QHubConnection? connection, bool force = false) => Current<QHubConnection>.Set(connection, force);

}

/// <summary>Connections of one kind: this runspace's own, else the process's default.</summary>
internal static class Current<T> where T : class, IDisposable
{
    public static T? Get() => RunspaceSlots<T>.OfThisRunspace().Connection ?? ProcessDefault<T>.Connection;

    public static bool Set(T? connection, bool force = false)
    {
        RunspaceSlots<T>.OfThisRunspace().Replace(connection);
        if (connection is not null) return ProcessDefault<T>.Offer(connection, force);
        ProcessDefault<T>.Release();
        return true;
    }

    /// <summary>What a Connect cmdlet's -Scope asks: Runspace keeps the connection to this runspace (other runspaces never use
    /// it, and a default this runspace set is given up); any other scope is <see cref="Set"/>. False when another runspace
    /// keeps the process's default.</summary>
    public static bool Connect(T connection, string scope, bool force)
    {
        if (scope != "Runspace") return Set(connection, force);
        RunspaceSlots<T>.OfThisRunspace().Replace(connection);
        ProcessDefault<T>.Release();
        return true;
    }
}

/// <summary>One slot per runspace for each kind of connection.</summary>
internal static class RunspaceSlots<T> where T : class, IDisposable
{
    static readonly ConditionalWeakTable<Runspace, ConnectionSlot<T>> Slots = new();
    static readonly ConnectionSlot<T> NoRunspace = new();

    public static ConnectionSlot<T> OfThisRunspace() =>
        Runspace.DefaultRunspace is { } runspace ? Slots.GetValue(runspace, _ => new ConnectionSlot<T>()) : NoRunspace;
}
