using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The connection of each runspace (Process scope): runbooks sharing a sandbox, and parallel runspaces, never see
/// each other's context. The first use in a runspace picks up a connection saved with -Scope CurrentUser.
/// </summary>
internal static class CurrentConnection
{
    static readonly ConditionalWeakTable<Runspace, ConnectionSlot> Slots = new();
    static readonly ConnectionSlot NoRunspace = new();

    public static QHubConnection? Get(out string? warning)
    {
        warning = null;
        var slot = SlotOfThisRunspace();
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

    public static void Set(QHubConnection? connection) => SlotOfThisRunspace().Replace(connection);

    static ConnectionSlot SlotOfThisRunspace() =>
        Runspace.DefaultRunspace is { } runspace ? Slots.GetValue(runspace, _ => new ConnectionSlot()) : NoRunspace;
}
