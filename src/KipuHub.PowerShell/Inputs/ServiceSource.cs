using System.Management.Automation;
using KipuHub.Client.Core.Files;

namespace KipuHub.PowerShell.Inputs;

/// <summary>A service's source for an upload: a zip as it is, a folder zipped first into a temporary file.</summary>
internal sealed class ServiceSource
{
    readonly string path;
    readonly FolderZip? folder;

    ServiceSource(string path, FolderZip? folder)
    {
        this.path = path;
        this.folder = folder;
    }

    /// <summary>The source -Path names, resolved on the pipeline thread; neither a folder nor a file is a terminating
    /// FileNotFound. A folder's files are chosen now, and what is left out of them is written to -Verbose.</summary>
    /// <param name="include">Secret-looking files to upload all the same (-Include).</param>
    public static ServiceSource Resolve(PSCmdlet cmdlet, string given, string[]? include)
    {
        var path = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(given);
        if (!File.Exists(path) && !Directory.Exists(path))
            cmdlet.ThrowTerminatingError(new ErrorRecord(new FileNotFoundException($"'{path}' is neither a folder nor a zip file.", path),
                "FileNotFound", ErrorCategory.ObjectNotFound, path));
        if (!Directory.Exists(path)) return new ServiceSource(path, null);
        var plan = FolderZip.Plan(path, include);
        foreach (var (entry, reason) in plan.LeftOut) cmdlet.WriteVerbose($"Not uploaded: {entry} ({reason}).");
        return new ServiceSource(path, plan);
    }

    /// <summary>The upload's file name: the zip's, or the folder's with .zip.</summary>
    public string FileName => Path.GetFileName(path.TrimEnd(Path.DirectorySeparatorChar)) + (Directory.Exists(path) ? ".zip" : "");

    /// <summary>Runs the upload with an opener of the zip; a folder's temporary zip is deleted afterwards, whatever happens.</summary>
    public async Task<T> WithZipAsync<T>(Func<Func<Stream>, Task<T>> upload)
    {
        if (folder is null) return await upload(() => File.OpenRead(path));
        var zip = Path.Combine(Path.GetTempPath(), $"kipuhub-source-{Guid.NewGuid():N}.zip");
        try
        {
            folder.WriteTo(zip);
            return await upload(() => File.OpenRead(zip));
        }
        finally
        {
            File.Delete(zip);
        }
    }
}
