using System.Runtime.InteropServices;

namespace KipuHub.Tests.Unit.Support;

/// <summary>What the tests need of libc to plant what an attacker would: FIFOs, files of another owner, a permissive umask.</summary>
static class Posix
{
    [DllImport("libc", SetLastError = true)]
    public static extern int mkfifo(string path, uint mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int chown(string path, uint owner, uint group);

    [DllImport("libc")]
    public static extern uint geteuid();

    [DllImport("libc")]
    public static extern uint umask(uint mask);
}

/// <summary>
/// A fact that needs a second local account: run as root, which simulates one (uid 65534, nobody) with setpriv; skipped, and
/// said so, elsewhere.
/// </summary>
public sealed class SecondAccountFactAttribute : FactAttribute
{
    public const uint Uid = 65534;
    public const string SetPriv = "/usr/bin/setpriv";

    public SecondAccountFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix accounts and file modes do not exist on Windows.";
        else if (Posix.geteuid() != 0) Skip = "Needs root to act as a second local account (uid 65534) and to give files away.";
        else if (!File.Exists(SetPriv)) Skip = $"Needs {SetPriv} to run a reader as a second local account.";
    }
}

/// <summary>A fact about what an account other than root is refused: root may chmod any file, so it is skipped as root.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows()) Skip = "Unix accounts and file modes do not exist on Windows.";
        else if (Posix.geteuid() == 0) Skip = "Root may change any file's mode: run as another account to see the refusal.";
    }
}
