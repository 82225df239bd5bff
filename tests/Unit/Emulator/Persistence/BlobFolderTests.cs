using KipuHub.Emulator.Persistence;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Persistence;

/// <summary>Data-pool file bytes as files of their own: complete or absent, owner-only, named by ids the folder checks.</summary>
public sealed class BlobFolderTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-blobs-").FullName;

    string DataFile => Path.Combine(folder, "state.db");
    string Blobs => DataFile + ".blobs";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    static MemoryStream Bytes(int count) => new(Enumerable.Range(0, count).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task A_blob_is_written_whole_under_its_id_and_read_back_byte_for_byte()
    {
        using var blobs = BlobFolder.For(DataFile);
        var (id, length) = (await blobs.WriteAsync(Bytes(3000), maxBytes: 3000, CancellationToken.None))!.Value;

        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(3000, length);
        Assert.Equal(new[] { Path.Combine(Blobs, id) }, Directory.GetFiles(Blobs));
        using var read = new MemoryStream();
        await using (var stream = blobs.Open(id)) await stream.CopyToAsync(read);
        Assert.Equal(Bytes(3000).ToArray(), read.ToArray());
    }

    [Fact]
    public async Task A_stream_past_the_limit_keeps_nothing()
    {
        using var blobs = BlobFolder.For(DataFile);
        Assert.Null(await blobs.WriteAsync(Bytes(3001), maxBytes: 3000, CancellationToken.None));
        Assert.Empty(Directory.GetFileSystemEntries(Blobs));
    }

    [UnixFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task Blobs_and_their_folder_are_their_users_only()
    {
        using var blobs = BlobFolder.For(DataFile);
        var (id, _) = (await blobs.WriteAsync(Bytes(10), 10, CancellationToken.None))!.Value;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Blobs));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(Blobs, id)));
    }

    [Fact]
    public async Task Two_downloads_of_one_blob_read_it_at_once()
    {
        using var blobs = BlobFolder.For(DataFile);
        var (id, _) = (await blobs.WriteAsync(Bytes(100), 100, CancellationToken.None))!.Value;
        await using var first = blobs.Open(id);
        await using var second = blobs.Open(id);
        Assert.Equal((100L, 100L), (first.Length, second.Length));
    }

    [Fact]
    public async Task Deleting_a_blob_being_read_does_not_cut_the_reader_short()
    {
        using var blobs = BlobFolder.For(DataFile);
        var (id, _) = (await blobs.WriteAsync(Bytes(5000), 5000, CancellationToken.None))!.Value;
        await using var stream = blobs.Open(id);
        blobs.Delete(id);
        blobs.Delete(id);
        Assert.Empty(Directory.GetFiles(Blobs));
        using var read = new MemoryStream();
        await stream.CopyToAsync(read);
        Assert.Equal(5000, read.Length);
    }

    [Fact]
    public void What_a_crash_left_half_written_is_removed_at_the_next_start_and_blobs_are_kept()
    {
        Directory.CreateDirectory(Blobs);
        var blob = Path.Combine(Blobs, new string('a', 32));
        File.WriteAllText(blob, "kept");
        File.WriteAllText(Path.Combine(Blobs, new string('b', 32) + ".partial"), "half");

        using (BlobFolder.For(DataFile)) Assert.Equal(new[] { blob }, Directory.GetFiles(Blobs));
        Assert.Equal("kept", File.ReadAllText(blob));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("gggggggggggggggggggggggggggggggg")]
    [InlineData("../aaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public void An_id_that_is_not_one_of_the_emulators_names_no_file(string id)
    {
        using var blobs = BlobFolder.For(DataFile);
        Assert.Equal($"'{id}' is not a blob id.", Assert.Throws<InvalidDataException>(() => blobs.Open(id)).Message);
        Assert.Throws<InvalidDataException>(() => blobs.Delete(id));
    }

    [Fact]
    public async Task Without_a_data_file_the_blobs_are_in_a_temporary_folder_removed_with_the_emulator()
    {
        var blobs = BlobFolder.For(null);
        var (id, _) = (await blobs.WriteAsync(Bytes(10), 10, CancellationToken.None))!.Value;
        // Other tests' emulators have folders of their own there: this one is the one holding the blob.
        var made = Assert.Single(Directory.GetDirectories(Path.GetTempPath(), "kipuhub-emulator-blobs-*"),
            d => File.Exists(Path.Combine(d, id)));
        blobs.Dispose();
        Assert.False(Directory.Exists(made));

        BlobFolder.For(DataFile).Dispose();
        Assert.True(Directory.Exists(Blobs));
    }
}
