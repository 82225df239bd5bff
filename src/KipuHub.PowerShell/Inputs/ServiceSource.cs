using System.IO.Compression;
using System.Management.Automation;

namespace KipuHub.PowerShell.Inputs;

/// <summary>A service's source for an upload: a zip as it is, a folder zipped first into a temporary file.</summary>
internal sealed class ServiceSource
{
    readonly string path;

    ServiceSource(string path) => this.path = path;

    /// <summary>The source -Path names, resolved on the pipeline thread; neither a folder nor a file is a terminating
    /// FileNotFound.</summary>
    public static ServiceSource Resolve(PSCmdlet cmdlet, string given)
    {
        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(given);
        if (!File.Exists(path) && !Directory.Exists(path))
            cmdlet.ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"'{path}' is neither a folder nor a zip file.", path),
                "FileNotFound", ErrorCategory.ObjectNotFound, path));
        return new ServiceSource(path);
    }

    /// <summary>The upload's file name: the zip's, or the folder's with .zip.</summary>
    public string FileName => Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar)) + (Directory.Exists(path) ? ".zip" : "");

    /// <summary>Runs the upload with an opener of the zip; a folder's temporary zip is deleted afterwards, whatever happens.</summary>
    public async Task<T> WithZipAsync<T>(Func<Func<Stream>, Task<T>> upload)
    {
        if (File.Exists(path)) return await upload(() => File.OpenRead(path));
        var zip = Path.Combine(Path.GetTempPath(), $"kipuhub-source-{Guid.NewGuid():N}.zip");
        try
        {
            ZipFile.CreateFromDirectory(path, zip, CompressionLevel.Optimal, includeBaseDirectory: false);
            return await upload(() => File.OpenRead(zip));
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
