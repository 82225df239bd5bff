using System.Management.Automation;
using System.Reflection;

namespace KipuHub.PowerShell.Output;

/// <summary>
/// The debug and verbose preferences of one cmdlet call. PowerShell keeps them in its command runtime, which has no
/// public setter: they are set by reflection, and where a PowerShell version names them otherwise, nothing changes
/// (the lines then ask, as they did).
/// </summary>
internal static class DebugRuntime
{
    const BindingFlags Any = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    /// <summary>
    /// Where -Debug (not the caller's own preferences) asked for debug lines, PowerShell inquires at every debug and
    /// verbose line: here they are written as with Continue instead.
    /// </summary>
    /// <param name="warningPreference">The caller's $WarningPreference: -Debug would make warnings inquire too (and fail where
    /// nobody can answer, a hosted runspace); they keep the caller's preference unless -WarningAction was given.</param>
    public static void ContinueInsteadOfInquire(ICommandRuntime runtime, ActionPreference? warningPreference = null)
    {
        var type = runtime.GetType();
        if (type.GetProperty("IsDebugFlagSet", Any)?.GetValue(runtime) is not true ||
            type.GetProperty("Debug", Any)?.GetValue(runtime) is not true)
            return;
        var debug = type.GetProperty("DebugPreference", Any);
        if (debug?.PropertyType == typeof(ActionPreference) && debug.CanWrite) debug.SetValue(runtime, ActionPreference.Continue);
        // -Debug without -Verbose: the runtime would inquire at verbose lines too; -Verbose makes them Continue.
        var verbose = type.GetProperty("Verbose", Any);
        if (type.GetProperty("IsVerboseFlagSet", Any)?.GetValue(runtime) is false && verbose?.PropertyType == typeof(bool) &&
            verbose.CanWrite)
            verbose.SetValue(runtime, true);
        var warning = type.GetProperty("WarningPreference", Any);
        if (type.GetProperty("IsWarningActionSet", Any)?.GetValue(runtime) is false &&
            warning?.PropertyType == typeof(ActionPreference) && warning.CanWrite)
            warning.SetValue(runtime,
                warningPreference is ActionPreference.Inquire or null ? ActionPreference.Continue : warningPreference);
    }
}
