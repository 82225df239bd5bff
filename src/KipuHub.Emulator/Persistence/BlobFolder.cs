using System.Buffers;

namespace KipuHub.Emulator.Persistence;

/// <summary>
/// File bytes kept as files of their own, one per blob, so that data-pool files of any size pass at flat memory and
/// never sit in a row. Beside the data file when there is one ("{data file}.blobs", kept across restarts); else a
/// temporary folder removed with the emulator. A blob is written under a temporary name and renamed when complete, so
/// that a crash leaves no half file under a blob's name; blobs and folder are readable by their user only.
/// </summary>
public sealed class BlobFolder : IDisposable
{
    const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    const string Partial = ".partial";
    readonly string folder;
    readonly bool temporary;

    BlobFolder(string folder, bool temporary)
    {
        (this.folder, this.temporary) = (folder, temporary);
        // Stryker disable once all : Windows only, and mutation testing runs on Linux
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, OwnerOnlyFile | UnixFileMode.UserExecute);
        // What a crash left half written is not a blob: no row refers to it.
        foreach (var left in Directory.EnumerateFiles(folder, "*" + Partial)) File.Delete(left);
    }

    public static BlobFolder For(string? dataFile) => dataFile is null
        ? new(Path.Combine(Path.GetTempPath(), "kipuhub-emulator-blobs-" + Guid.NewGuid()), temporary: true)
        : new(Path.GetFullPath(dataFile) + ".blobs", temporary: false);

    /// <summary>Copies the stream into a new blob: its id and length; null, keeping nothing, when it holds more than
    /// <paramref name="maxBytes"/>.</summary>
    public async Task<(string Id, long Length)?> WriteAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        var partial = PathOf(id) + Partial;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long length = 0;
            await using (var target = new FileStream(partial, Creating()))
            {
                int read;
                while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    if ((length += read) > maxBytes) return null;
                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            File.Move(partial, PathOf(id));
            return (id, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (File.Exists(partial)) File.Delete(partial);
        }
    }

    /// <summary>The blob's bytes, to stream out; deleting it meanwhile does not cut a reader short. (The copy to the response
    /// reads in chunks larger than a FileStream's buffer, which it then bypasses: no buffer size or read-ahead to tune.)</summary>
    public Stream Open(string id) => new FileStream(PathOf(id), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);

    public void Delete(string id)
    {
        if (File.Exists(PathOf(id))) File.Delete(PathOf(id));
    }

    static FileStreamOptions Creating()
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            BufferSize = 0,
            Options = FileOptions.Asynchronous,
        };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnlyFile;
        return options;
    }

    // Ids are the emulator's own, yet one read back from a data file is checked before it names a file.
    string PathOf(string id) => id.Length == 32 && id.All(char.IsAsciiHexDigitLower)
        ? Path.Combine(folder, id)
        : throw new InvalidDataException($"'{id}' is not a blob id.");

    public void Dispose()
    {
        if (!temporary) return;
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A reader still holds a blob open on Windows: the system's temporary folder is cleaned in time.
        }
    }
}
