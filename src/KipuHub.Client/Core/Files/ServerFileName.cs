using System.Text;

namespace KipuHub.Client.Core.Files;

/// <summary>
/// The one guard for a file name that comes from the server (a job id, a result file's name, a pool file's name)
/// before it becomes a file in the user's folder. It must be a plain name that every system keeps as a plain file:
/// a script that saves safely on Linux must not, on Windows, write through `..\`, a drive, a UNC share, a device
/// (CON, NUL, COM1) or an alternate data stream (a:b). Names are checked the same way on every system.
/// </summary>
public static class ServerFileName
{
    // Windows' reserved characters: path separators, drive and stream colon, wildcards and quoting.
    static readonly char[] Reserved = "/\\:*?\"<>|".ToCharArray();
    const int MaxBytes = 255;

    static readonly HashSet<string> Devices = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    /// <summary>Why the name cannot be a file of its own in a folder, or null when it can.</summary>
    public static string? Problem(string? name)
    {
        if (string.IsNullOrEmpty(name) || name!.Trim().Length == 0) return "it is empty";
        if (name is "." or "..") return "it names a folder";
        if (name.Any(c => char.IsControl(c))) return "it holds control characters";
        if (name.IndexOfAny(Reserved) >= 0) return "it holds a path separator, a drive or stream colon, or a wildcard";
        if (name[0] == '.') return "it would be a hidden file";
        if (name[name.Length - 1] is '.' or ' ') return "it ends in a dot or a space, which Windows drops";
        if (Devices.Contains(name.Split('.')[0].TrimEnd(' '))) return "it is a device name on Windows";
        if (Encoding.UTF8.GetByteCount(name) > MaxBytes) return $"it is longer than {MaxBytes} bytes";
        return null;
    }

    /// <summary>Where a file the server names goes in an existing folder; UnsafeFileNameException when the name cannot be a file
    /// there.</summary>
    /// <param name="what">What the name is, for the message: "job id", "result file name".</param>
    /// <param name="extension">Added to the name (".json"), which is checked without it.</param>
    public static string PathInFolder(string folder, string name, string what = "file name", string extension = "")
    {
        if (Problem(name) is { } problem) throw new UnsafeFileNameException(name, what, problem);
        if (!Directory.Exists(folder)) throw MissingFolder(folder);
        return Path.Combine(folder, name + extension);
    }

    /// <summary>The error of a folder to save into that is not there, with the command that makes it.</summary>
    public static DirectoryNotFoundException MissingFolder(string folder) =>
        new($"The folder '{folder}' does not exist. Create it first (New-Item -ItemType Directory -Path '{folder}').");

    /// <summary>The name as a message can show it: control characters written as \uXXXX, never sent to a terminal.</summary>
    public static string Printable(string? name)
    {
        if (name is null) return "";
        var text = new StringBuilder(name.Length);
        foreach (var c in name.Length > 100 ? name.Substring(0, 100) + "…" : name)
            text.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return text.ToString();
    }
}

/// <summary>A name from the server that is not saved as a file: it would leave the folder or not be portable.</summary>
public sealed class UnsafeFileNameException(string name, string what, string problem) : IOException(
    $"The {what} '{ServerFileName.Printable(name)}' is not saved as a file: {problem}. Nothing was written for it.")
{
    public string Name { get; } = name;
}
