using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace KipuHub.PowerShell.Connection;

/// <summary>
/// The connection of each runspace (Process scope): runbooks sharing a sandbox, and parallel runspaces, never see
/// each other's context. The first use in a runspace picks up a connection saved with -Scope CurrentUser.
/// </summary>
internal static class CurrentConnection
{
    sealed class Slot
    {
        public QHubConnection? Connection;
        public bool SavedChecked;
    }

    static readonly ConditionalWeakTable<Runspace, Slot> Slots = new();
    static readonly Slot NoRunspace = new();

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

    public static void Set(QHubConnection? connection)
    {
        var slot = SlotOfThisRunspace();
        lock (slot)
        {
            slot.Connection = connection;
            slot.SavedChecked = true;
        }
    }

    static Slot SlotOfThisRunspace() =>
        Runspace.DefaultRunspace is { } runspace ? Slots.GetValue(runspace, _ => new Slot()) : NoRunspace;
}
