using KipuHub.Client.Core;
using KipuHub.Client.Core.Files;

namespace KipuHub.Tests.Unit.Client.Core.Files;

public sealed class AtomicFileDownloadTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-dl-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Writes_the_whole_stream_and_reports_progress()
    {
        var data = new byte[200_000];
        new Random(3).NextBytes(data);
        var reported = new List<long>();
        var path = Path.Combine(folder, "result.json");
        var written = await AtomicFileDownload.SaveAsync(new MemoryStream(data), path, overwrite: false, new InlineProgress<long>(reported.Add));
        Assert.Equal(data.Length, written);
        Assert.Equal(data, File.ReadAllBytes(path));
        Assert.Equal(data.Length, reported.Last());
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Refuses_to_overwrite_unless_asked_and_then_replaces()
    {
        var path = Path.Combine(folder, "result.json");
        File.WriteAllText(path, "old");
        var error = await Assert.ThrowsAsync<FileExistsException>(() => AtomicFileDownload.SaveAsync(new MemoryStream(new byte[] { 1 }), path, overwrite: false));
        Assert.Equal(path, error.Path);
        Assert.Equal("old", File.ReadAllText(path));

        await AtomicFileDownload.SaveAsync(new MemoryStream("new"u8.ToArray()), path, overwrite: true);
        Assert.Equal("new", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_failing_stream_leaves_no_file_behind_and_keeps_the_old_one()
    {
        var path = Path.Combine(folder, "result.json");
        File.WriteAllText(path, "old");
        await Assert.ThrowsAsync<IOException>(() => AtomicFileDownload.SaveAsync(new FailingStream(), path, overwrite: true));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task Cancellation_leaves_no_partial_file()
    {
        var path = Path.Combine(folder, "result.json");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AtomicFileDownload.SaveAsync(new MemoryStream(new byte[10_000]), path, false, null, cancel.Token));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Assert.ThrowsAsync<DirectoryNotFoundException>(() => AtomicFileDownload.SaveAsync(new MemoryStream(), Path.Combine(folder, "no", "x.json"), false));
        Assert.Contains("does not exist", error.Message);
    }

    sealed class FailingStream : MemoryStream
    {
        int reads;

        public FailingStream() : base(new byte[100_000]) { }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ++reads > 1 ? throw new IOException("connection reset") : base.ReadAsync(buffer, offset, count, cancellationToken);
    }
}
