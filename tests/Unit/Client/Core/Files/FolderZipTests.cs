using System.IO.Compression;
using KipuHub.Client.Core.Files;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.Files;

public sealed class FolderZipTests : IDisposable
{
    readonly string root = Directory.CreateTempSubdirectory("kqh-zip-").FullName;

    string Source => Path.Combine(root, "service");

    public FolderZipTests()
    {
        Directory.CreateDirectory(Path.Combine(Source, "src"));
        File.WriteAllText(Path.Combine(Source, "src", "program.py"), "print(1)");
        File.WriteAllText(Path.Combine(Source, "requirements.txt"), "numpy");
        File.WriteAllText(Path.Combine(Source, ".env"), "API_KEY=secret");
        File.WriteAllText(Path.Combine(Source, "src", "server.pem"), "-----BEGIN PRIVATE KEY-----");
        Directory.CreateDirectory(Path.Combine(Source, ".git"));
        File.WriteAllText(Path.Combine(Source, ".git", "config"), "[remote]");
        File.WriteAllText(Path.Combine(root, "outside.txt"), "not the service's");
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Files_that_may_hold_secrets_are_left_out_and_said_so()
    {
        var zip = FolderZip.Plan(Source);

        Assert.Equal(new[] { "requirements.txt", "src/program.py" }, zip.Entries);
        Assert.Equal(new[] { ".env", ".git/", "src/server.pem" }, zip.LeftOut.Select(l => l.Entry));
        Assert.All(zip.LeftOut, l => Assert.Contains("-Include", l.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_named_with_Include_is_uploaded_all_the_same()
    {
        var zip = FolderZip.Plan(Source, new[] { ".env", "*.pem" });

        Assert.Equal(new[] { ".env", "requirements.txt", "src/program.py", "src/server.pem" }, zip.Entries);
        Assert.Equal(new[] { ".git/" }, zip.LeftOut.Select(l => l.Entry));
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Links_that_leave_the_folder_are_left_out_and_links_inside_it_are_kept()
    {
        File.CreateSymbolicLink(Path.Combine(Source, "passwd"), "/etc/passwd");
        File.CreateSymbolicLink(Path.Combine(Source, "outside.txt"), Path.Combine(root, "outside.txt"));
        File.CreateSymbolicLink(Path.Combine(Source, "main.py"), Path.Combine(Source, "src", "program.py"));
        Directory.CreateSymbolicLink(Path.Combine(Source, "etc"), "/etc");

        var zip = FolderZip.Plan(Source);

        Assert.Equal(new[] { "main.py", "requirements.txt", "src/program.py" }, zip.Entries);
        Assert.Contains(("passwd", "it is a link that leads out of the folder"), zip.LeftOut);
        Assert.Contains(("outside.txt", "it is a link that leads out of the folder"), zip.LeftOut);
        Assert.Contains(zip.LeftOut, l => l.Entry == "etc/");
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_zip_is_owner_only_and_holds_exactly_the_planned_files()
    {
        var path = Path.Combine(root, "source.zip");
        var previous = Posix.umask(0);
        try
        {
            FolderZip.Plan(Source).WriteTo(path);
        }
        finally
        {
            Posix.umask(previous);
        }

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        using var archive = ZipFile.OpenRead(path);
        Assert.Equal(new[] { "requirements.txt", "src/program.py" }, archive.Entries.Select(e => e.FullName));
        using var reader = new StreamReader(archive.GetEntry("src/program.py")!.Open());
        Assert.Equal("print(1)", reader.ReadToEnd());
    }
}
