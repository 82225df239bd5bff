using System.IO.Compression;
using System.Reflection;
using System.Text.RegularExpressions;

namespace KipuHub.Client.Core.Files;

/// <summary>
/// A service's source folder as the zip that is uploaded: its files, but not what a folder on a developer's disk also holds
/// and the Hub must not get: links that lead out of the folder (to ~/.ssh, /etc), and secrets by their usual names (.env,
/// keys, a .git or .aws folder) unless the caller names them. What was left out, and why, is told, never silent.
/// </summary>
public sealed class FolderZip
{
    /// <summary>Left out unless named: wildcards over a file's or folder's name.</summary>
    public static readonly IReadOnlyList<string> SecretNames = new[]
    {
        ".env", ".env.*", "*.env", ".git", ".ssh", ".aws", ".azure", ".gnupg", ".netrc", ".npmrc", ".pypirc", ".git-credentials",
        "*.pem", "*.key", "*.pfx", "*.p12", "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*",
    };

    readonly string root;
    readonly List<(string Full, string Entry)> files = new();
    readonly List<(string Entry, string Reason)> leftOut = new();

    FolderZip(string root) => this.root = root;

    /// <summary>The files that go into the zip, as entry names (forward slashes).</summary>
    public IReadOnlyList<string> Entries => files.Select(f => f.Entry).ToList();

    /// <summary>What was left out and why, for -Verbose.</summary>
    public IReadOnlyList<(string Entry, string Reason)> LeftOut => leftOut;

    /// <param name="include">Names or wildcards of secret-looking files to upload all the same (as in -Include).</param>
    public static FolderZip Plan(string folder, IReadOnlyCollection<string>? include = null)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        var zip = new FolderZip(root);
        var named = (include ?? Array.Empty<string>()).Select(Wildcard).ToList();
        var secret = SecretNames.Select(Wildcard).ToList();
        zip.Walk(new DirectoryInfo(root), "", named, secret);
        return zip;
    }

    void Walk(DirectoryInfo folder, string prefix, List<Regex> named, List<Regex> secret)
    {
        foreach (var item in folder.EnumerateFileSystemInfos().OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            var entry = prefix + item.Name;
            var isFolder = (item.Attributes & FileAttributes.Directory) != 0;
            if (secret.Any(p => p.IsMatch(item.Name)) && !named.Any(p => p.IsMatch(item.Name) || p.IsMatch(entry)))
            {
                leftOut.Add((entry + (isFolder ? "/" : ""), "it may hold secrets; name it with -Include to upload it"));
                continue;
            }
            if ((item.Attributes & FileAttributes.ReparsePoint) != 0)
            {
                if (isFolder)
                    leftOut.Add((entry + "/", "it is a link to a folder; its files are uploaded only from where they are"));
                else if (InsideRoot(LinkTarget(item)) is { } target)
                    files.Add((target, entry));
                else
                    leftOut.Add((entry, "it is a link that leads out of the folder"));
                continue;
            }
            if (isFolder) Walk((DirectoryInfo)item, entry + "/", named, secret);
            else files.Add((item.FullName, entry));
        }
    }

    // The final target of a link, through .NET 6's ResolveLinkTarget (found by reflection: this assembly is netstandard2.0);
    // null where it cannot be told, and a link that cannot be told is left out.
    static string? LinkTarget(FileSystemInfo link)
    {
        var resolve = link.GetType().GetMethod("ResolveLinkTarget", new[] { typeof(bool) });
        try
        {
            return (resolve?.Invoke(link, new object[] { true }) as FileSystemInfo)?.FullName;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    string? InsideRoot(string? path)
    {
        if (path is null) return null;
        var full = Path.GetFullPath(path);
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    /// <summary>Writes the zip to a new owner-only file: the temporary zip is the user's source, secrets or not.</summary>
    public void WriteTo(string zipPath)
    {
        using var output = OwnerOnlyFile.CreateNew(zipPath);
        using var archive = new ZipArchive(output, ZipArchiveMode.Create);
        foreach (var (full, entry) in files)
        {
            var zipped = archive.CreateEntry(entry, CompressionLevel.Optimal);
            using var source = File.OpenRead(full);
            using var target = zipped.Open();
            source.CopyTo(target);
        }
    }

    static Regex Wildcard(string pattern) => new("^" + Regex.Escape(pattern).Replace(@"\*", ".*").Replace(@"\?", ".") + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
