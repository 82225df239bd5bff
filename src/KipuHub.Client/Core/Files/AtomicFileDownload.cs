namespace KipuHub.Client.Core.Files;

/// <summary>
/// Streams to a temporary file beside the target and renames it at the end, so that a failed or
/// cancelled download never leaves a partial file under the target name.
/// </summary>
public static class AtomicFileDownload
{
    // Large reads and writes: a gigabyte result takes few system calls, and memory stays at one buffer.
    const int BufferSize = 1024 * 1024;

    /// <returns>The number of bytes written.</returns>
    public static async Task<long> SaveAsync(Stream source, string path, bool overwrite, IProgress<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        if (source is null) throw new ArgumentNullException(nameof(source));
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("A file path is required.", nameof(path));
        var target = Path.GetFullPath(path);
        if (Directory.Exists(target)) throw new PathIsFolderException(target,
            $"'{target}' is a folder: give the path of a file to save to.");
        if (!overwrite && File.Exists(target)) throw new FileExistsException(target);
        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder)) throw new DirectoryNotFoundException($"The folder '{folder}' does not exist.");

        var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0,
            8) + ".partial");
        long total = 0;
        try
        {
            // Not FileOptions.Asynchronous: on Linux and macOS it is emulated on the thread pool and halves throughput.
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = await source.ReadAsync(buffer, 0, buffer.Length, cancellationToken).ConfigureAwait(false)) > 0)
                {
                    await output.WriteAsync(buffer, 0, read, cancellationToken).ConfigureAwait(false);
                    total += read;
                    progress?.Report(total);
                }
                await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
            Replace(temporary, target, overwrite);
            return total;
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    static void Replace(string temporary, string target, bool overwrite)
    {
        if (overwrite && File.Exists(target))
            File.Replace(temporary, target, destinationBackupFileName: null);
        else
            File.Move(temporary, target);
    }

    static void TryDelete(string path)
    {
        try
        {
            if (File.Exists(path)) File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
