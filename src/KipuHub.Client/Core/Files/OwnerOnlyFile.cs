using System.Reflection;
using System.Runtime.InteropServices;

namespace KipuHub.Client.Core.Files;

/// <summary>
/// Files that hold a secret (the saved connection, a service's source before upload), as ssh, gh and botocore keep theirs:
/// created 0600 in the open call itself, so no other account can open them at any instant; their folder made 0700; and on
/// reading, refused unless a regular file of this user, not a link, with mode 0600 and under a size cap. Windows keeps them in
/// the private profile folder; there they are plain files. The Unix modes need .NET 7 (PowerShell 7.4+), reached by reflection
/// from netstandard2.0; where they are missing this refuses rather than write a secret that others could read.
/// </summary>
public static class OwnerOnlyFile
{
    const int OwnerReadWrite = 0x180;  // 0o600
    const int OwnerAll = 0x1C0;        // 0o700
    const int GroupOrOthers = 0x3F;    // 0o077

    static readonly bool IsWindows = RuntimeInformation.IsOSPlatform(OSPlatform.Windows);
    static readonly Type? UnixFileMode = Type.GetType("System.IO.UnixFileMode");
    static readonly Type? StreamOptions = Type.GetType("System.IO.FileStreamOptions");

    /// <summary>The folder, created owner-only where missing (its missing parents too); an existing one of this user is made
    /// 0700.</summary>
    public static void CreateFolder(string folder)
    {
        // Stryker disable once all : Windows only, and mutation testing runs on Linux
        if (IsWindows)
        {
            Directory.CreateDirectory(folder);
            return;
        }
        var create = typeof(Directory).GetMethod("CreateDirectory", new[] { typeof(string), Required(UnixFileMode) });
        Invoke(Required(create), folder, Mode(OwnerAll));
        if ((GetMode(folder) & GroupOrOthers) != 0) SetMode(folder, OwnerAll);
    }

    /// <summary>A new file, owner-only from the moment it exists; IOException when one is there already.</summary>
    public static FileStream CreateNew(string path)
    {
        // Stryker disable once all : Windows only, and mutation testing runs on Linux
        if (IsWindows) return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        var options = Activator.CreateInstance(Required(StreamOptions))!;
        Set(options, "Mode", FileMode.CreateNew);
        Set(options, "Access", FileAccess.Write);
        Set(options, "Share", FileShare.None);
        Set(options, "UnixCreateMode", Mode(OwnerReadWrite));
        var constructor = Required(typeof(FileStream).GetConstructor(new[] { typeof(string), StreamOptions! }));
        try
        {
            return (FileStream)constructor.Invoke(new[] { path, options });
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            // Stryker disable once all : never reached, Throw() above throws; the compiler needs it
            throw;
        }
    }

    /// <summary>
    /// The text of a secret-bearing file, when it is one this user alone could have written: InvalidDataException saying why not
    /// (a link, not a regular file, another owner, readable by others, too large) before anything is read.
    /// </summary>
    public static string ReadAllText(string path, int maxBytes)
    {
        CheckPrivate(path, maxBytes);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var buffer = new byte[maxBytes + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0) total += read;
        if (total > maxBytes) throw new InvalidDataException($"it is larger than {maxBytes / 1024} KiB, which no saved file is");
        return new System.Text.UTF8Encoding(false).GetString(buffer, 0, total).TrimStart('\uFEFF');
    }

    static void CheckPrivate(string path, int maxBytes)
    {
        var file = new FileInfo(path);
        if ((file.Attributes & FileAttributes.ReparsePoint) != 0)
            throw new InvalidDataException("it is a link, which may point anywhere; a saved file is never one");
        if ((file.Attributes & FileAttributes.Directory) != 0) throw new InvalidDataException("it is a folder");
        if (file.Length > maxBytes) throw new InvalidDataException($"it is larger than {maxBytes / 1024} KiB, which no saved file is");
        // Stryker disable once all : Windows only, and mutation testing runs on Linux
        if (IsWindows) return;
        int permissions;
        if (PosixStat.Of(path) is { } status)
        {
            // Opening a FIFO would wait for a writer: every new session would hang.
            if (status.Type != PosixStat.RegularFile) throw new InvalidDataException("it is not a regular file");
            if (status.Uid != PosixStat.EffectiveUser) throw new InvalidDataException("it belongs to another user");
            permissions = status.Permissions;
        }
        else permissions = PermissionsWithoutLstat(file);
        if ((permissions & GroupOrOthers) != 0)
            throw new InvalidDataException("other users can read or change it, so its token may be known; remove it, or make it " +
                "owner-only (chmod 600)");
    }

    /// <summary>The file's permission bits where lstat is not reachable (a runtime whose interop no longer has it): a FIFO or
    /// device reads as empty, and ownership is proved by changing the mode.</summary>
    internal static int PermissionsWithoutLstat(FileInfo file)
    {
        if (file.Length == 0) throw new InvalidDataException("it is empty or not a regular file");
        if (!IsOwnedByMe(file.FullName)) throw new InvalidDataException("it belongs to another user");
        return GetMode(file.FullName);
    }

    // Only the owner (or root) may change a file's mode, so setting it to what it is proves ownership without reading who
    // owns it.
    static bool IsOwnedByMe(string path)
    {
        try
        {
            SetMode(path, GetMode(path));
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    static int GetMode(string path)
    {
        var get = typeof(File).GetMethod("GetUnixFileMode", new[] { typeof(string) });
        return Convert.ToInt32(Invoke(Required(get), path));
    }

    static void SetMode(string path, int mode)
    {
        var set = typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), Required(UnixFileMode) });
        Invoke(Required(set), path, Mode(mode));
    }

    static object? Invoke(MethodInfo method, params object[] arguments)
    {
        try
        {
            return method.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            // Stryker disable once all : never reached, Throw() above throws; the compiler needs it
            throw;
        }
    }

    static object Mode(int bits) => Enum.ToObject(UnixFileMode!, bits);

    static void Set(object target, string property, object value) => target.GetType().GetProperty(property)!.SetValue(target, value);

    // Stryker disable once all : for runtimes before .NET 7 only, which the tests do not run on
    static T Required<T>(T? member) where T : class => member ?? throw new PlatformNotSupportedException(
        "This .NET cannot create files only their owner may read (it lacks UnixFileMode, .NET 7+): a secret is not written. " +
        "Use PowerShell 7.4 or later.");
}
