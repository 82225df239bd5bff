using System.Reflection;

namespace KipuHub.Client.Core.Files;

/// <summary>
/// lstat(2) and geteuid(2) through .NET's own interop (Interop.Sys in CoreLib, the same on Linux and macOS, .NET Core 3 to 10):
/// netstandard2.0 has no API for a file's type or owner, and the layout of struct stat differs by platform, so a P/Invoke of
/// our own would be wrong somewhere. Null where this runtime does not have them (Windows, .NET Framework).
/// </summary>
internal static class PosixStat
{
    public const int TypeMask = 0xF000, RegularFile = 0x8000;

    static readonly Type? Sys = typeof(object).Assembly.GetType("Interop+Sys");
    static readonly MethodInfo? LStatMethod = Sys?.GetMethod("LStat", BindingFlags.NonPublic | BindingFlags.Static, null,
        new[] { typeof(string), Sys.Assembly.GetType("Interop+Sys+FileStatus")?.MakeByRefType() ?? typeof(void) }, null);
    static readonly MethodInfo? GetEUid = Sys?.GetMethod("GetEUid", BindingFlags.NonPublic | BindingFlags.Static, null, Type.EmptyTypes,
        null);

    public readonly record struct Status(int Mode, uint Uid)
    {
        public int Type => Mode & TypeMask;
        public int Permissions => Mode & 0xFFF;
    }

    /// <summary>The link itself, not what it points to; null where lstat is not reachable.</summary>
    /// <exception cref="IOException">lstat failed (the file vanished, a folder on the way is not readable).</exception>
    public static Status? Of(string path)
    {
        if (LStatMethod is null || GetEUid is null) return null;
        var arguments = new object?[] { path, null };
        if ((int)LStatMethod.Invoke(null, arguments)! != 0) throw new IOException($"Cannot read the status of '{path}'.");
        var status = arguments[1]!;
        var type = status.GetType();
        const BindingFlags Fields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;
        return new Status((int)type.GetField("Mode", Fields)!.GetValue(status)!, (uint)type.GetField("Uid", Fields)!.GetValue(status)!);
    }

    /// <summary>This process's effective user id; null where it is not reachable.</summary>
    public static uint? EffectiveUser => GetEUid is null ? null : (uint)GetEUid.Invoke(null, null)!;
}
