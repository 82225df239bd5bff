namespace KipuHub.Client.Core.Files;

/// <summary>Files of this machine that a call reads or writes: a folder where a file is meant says so.</summary>
public static class LocalFiles
{
    /// <summary>The path, when it names a file; else FileNotFoundException, or PathIsFolderException for a folder.</summary>
    /// <param name="what">How messages name it: "file", "input file", "image".</param>
    public static string RequireFile(string path, string what = "file")
    {
        if (File.Exists(path)) return path;
        if (Directory.Exists(path)) throw new PathIsFolderException(path,
            $"'{path}' is a folder, not a {what}: give the files in it (Get-ChildItem -File).");
        throw new FileNotFoundException($"The {what} '{path}' does not exist.", path);
    }
}

/// <summary>A file already there, which a save would replace only when told to.</summary>
public sealed class FileExistsException(string path) : IOException($"'{path}' exists already.")
{
    public string Path { get; } = path;
}

/// <summary>A folder where a file was meant.</summary>
public sealed class PathIsFolderException(string path, string message) : IOException(message)
{
    public string Path { get; } = path;
}
