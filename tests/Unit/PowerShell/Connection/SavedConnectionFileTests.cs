using KipuHub.Client.Credentials;
using KipuHub.PowerShell.Connection;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Connection;

public sealed class SavedConnectionFileTests : IDisposable
{
    const string Token = "kqh_saved_token_0123456789abcdef";
    readonly string folder = Directory.CreateTempSubdirectory("kqh-saved-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    string FilePath => Path.Combine(folder, "kipuhub", "connection.json");

    static QHubConnection Connection(string? organization = "org-7") => new(
        new ConnectionSettings { Endpoint = new Uri("http://127.0.0.1:5080"), OrganizationId = organization, Timeout = TimeSpan.FromSeconds(42), MaxRetries = 4 },
        new HubCredential(Token, "parameter -Token"),
        null);

    [Fact]
    public void A_saved_connection_loads_back_with_its_settings()
    {
        var file = new SavedConnectionFile(FilePath);
        file.Save(Connection());
        var loaded = file.Load(out var warning);
        Assert.Null(warning);
        Assert.NotNull(loaded);
        Assert.Equal("org-7", loaded!.OrganizationId);
        Assert.Equal("http://127.0.0.1:5080/quantum", loaded.QuantumEndpoint.AbsoluteUri);
        Assert.Equal(TimeSpan.FromSeconds(42), loaded.Timeout);
        Assert.Equal(4, loaded.MaxRetries);
        Assert.Equal("CurrentUser", loaded.Scope);
        Assert.Contains("parameter -Token", loaded.TokenSource);
        Assert.DoesNotContain(Token, loaded.ToString());
        Assert.DoesNotContain(Token, loaded.TokenSource);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void The_file_is_readable_by_its_owner_only()
    {
        var file = new SavedConnectionFile(FilePath);
        file.Save(Connection());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(FilePath));
    }

    [Theory]
    [InlineData("{ this is not json")]
    [InlineData("[]")]
    [InlineData("""{"version":1,"token_protection":"file-permissions"}""")]
    [InlineData("""{"version":99,"token":"x","token_protection":"file-permissions"}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"rot13"}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"file-permissions","endpoint":"not a url"}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"file-permissions","timeout_seconds":1e300}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"file-permissions","timeout_seconds":-5}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"file-permissions","max_retries":1e300}""")]
    [InlineData("""{"version":1,"token":"x","token_protection":"file-permissions","max_retries":99}""")]
    public void A_corrupt_file_gives_a_warning_and_no_connection(string content)
    {
        WriteOwnerOnly(content);
        var loaded = new SavedConnectionFile(FilePath).Load(out var warning);
        Assert.Null(loaded);
        Assert.Contains(FilePath, warning);
        Assert.Contains("Connect-QHub -Scope CurrentUser", warning);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_file_other_users_can_read_is_refused_like_an_ssh_key()
    {
        new SavedConnectionFile(FilePath).Save(Connection());
        Assert.NotNull(new SavedConnectionFile(FilePath).Load(out _));
        File.SetUnixFileMode(FilePath, File.GetUnixFileMode(FilePath) | UnixFileMode.GroupRead);

        var loaded = new SavedConnectionFile(FilePath).Load(out var warning);

        Assert.Null(loaded);
        Assert.Contains("other users can read", warning);
    }

    void WriteOwnerOnly(string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.WriteAllText(FilePath, content);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public void No_file_is_no_connection_and_no_warning()
    {
        Assert.Null(new SavedConnectionFile(FilePath).Load(out var warning));
        Assert.Null(warning);
        Assert.False(new SavedConnectionFile(FilePath).Delete());
    }

    [Fact]
    public async Task A_locked_file_gives_a_warning_not_an_exception_or_a_hang()
    {
        var file = new SavedConnectionFile(FilePath);
        file.Save(Connection());
        using var locked = new FileStream(FilePath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        string? warning = null;
        var load = Task.Run(() => file.Load(out warning));
        await Promptly.Ends(load);
        Assert.Null(await load);
        Assert.Contains("cannot be used", warning);
    }

    [Fact]
    public async Task Twenty_concurrent_writers_never_leave_a_corrupt_file()
    {
        var file = new SavedConnectionFile(FilePath);
        var organizations = Enumerable.Range(0, 20).Select(i => $"org-{i}").ToList();
        var readers = Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var loaded = file.Load(out var warning);
                Assert.True(warning is null, warning);
                if (loaded is not null) Assert.StartsWith("org-", loaded.OrganizationId);
            }
        });
        await Task.WhenAll(organizations.Select(org => Task.Run(() => file.Save(Connection(org)))).Append(readers));
        var final = file.Load(out var last);
        Assert.Null(last);
        Assert.Contains(final!.OrganizationId, organizations);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(FilePath)!));
    }

    [Fact]
    public void Delete_removes_the_saved_connection()
    {
        var file = new SavedConnectionFile(FilePath);
        file.Save(Connection());
        Assert.True(file.Delete());
        Assert.Null(file.Load(out _));
    }

    [Fact]
    public void The_default_path_follows_the_platform()
    {
        var linux = new CredentialEnvironment(_ => null, "/home/ada", null, isWindows: false);
        Assert.Equal(Path.Combine("/home/ada", ".config", "kipuhub", "connection.json"), SavedConnectionFile.DefaultPath(linux));
        var windows = new CredentialEnvironment(_ => null, @"C:\Users\ada", @"C:\Users\ada\AppData\Local", isWindows: true);
        Assert.Equal(Path.Combine(@"C:\Users\ada\AppData\Local", "KipuHub", "connection.json"), SavedConnectionFile.DefaultPath(windows));
    }

    [Theory]
    [InlineData("")]
    [InlineData("relative/home")]
    public void Without_a_home_folder_nothing_is_saved_or_read_in_the_current_folder(string home)
    {
        var homeless = new CredentialEnvironment(_ => null, home, null, isWindows: false);
        Assert.Null(SavedConnectionFile.DefaultPath(homeless));
        var file = SavedConnectionFile.ForCurrentUser(homeless);
        Assert.Null(file.Load(out var warning));
        Assert.Null(warning);
        Assert.False(file.Exists);
        Assert.Contains("no home folder", Assert.Throws<IOException>(() => file.Save(Connection())).Message);
        Assert.DoesNotContain(QhubctlConfig.CandidatePaths(homeless), p => !Path.IsPathRooted(p));
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_link_in_place_of_the_file_is_refused_even_to_an_owner_only_file()
    {
        var elsewhere = Path.Combine(folder, "elsewhere.json");
        new SavedConnectionFile(elsewhere).Save(Connection());
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        File.CreateSymbolicLink(FilePath, elsewhere);

        Assert.Null(new SavedConnectionFile(FilePath).Load(out var warning));
        Assert.Contains("is a link", warning);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_FIFO_in_place_of_the_file_is_refused_without_waiting_for_a_writer()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        Assert.Equal(0, Posix.mkfifo(FilePath, Convert.ToUInt32("600", 8)));

        // A reader that opened the FIFO would wait for a writer for ever: a minute is the hang detector, never the expected time.
        var load = Task.Run(() => new SavedConnectionFile(FilePath).Load(out var warning) is null ? warning : "loaded");
        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromMinutes(1))));
        Assert.Contains("not a regular file", await load);
    }

    [SecondAccountFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_file_of_another_user_is_refused_though_it_is_owner_only()
    {
        new SavedConnectionFile(FilePath).Save(Connection());
        Assert.Equal(0, Posix.chown(FilePath, SecondAccountFactAttribute.Uid, SecondAccountFactAttribute.Uid));

        Assert.Null(new SavedConnectionFile(FilePath).Load(out var warning));
        Assert.Contains("belongs to another user", warning);
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_huge_file_is_refused_before_it_is_read()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        using (var huge = new FileStream(FilePath, FileMode.CreateNew, FileAccess.Write))
            huge.SetLength(1L << 30);
        File.SetUnixFileMode(FilePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);

        Assert.Null(new SavedConnectionFile(FilePath).Load(out var warning));
        Assert.Contains("larger than 64 KiB", warning);
    }
}
