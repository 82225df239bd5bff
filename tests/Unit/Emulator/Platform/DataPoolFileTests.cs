using System.Net;
using System.Security.Cryptography;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Platform;
using KipuHub.Emulator;

namespace KipuHub.Tests.Unit.Emulator.Platform;

/// <summary>
/// Data-pool files of any size: their bytes are blobs beside the data file, written whole or not at all, kept across a
/// restart and removed with their file or pool; a file over --max-upload is a 413 that names the limit, and keeps nothing.
/// </summary>
public sealed class DataPoolFileTests : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("kqh-blobs-").FullName;

    string DataFile => Path.Combine(folder, "state.db");

    string BlobFolder => DataFile + ".blobs";

    public void Dispose() => Directory.Delete(folder, recursive: true);

    Task<EmulatorHost> StartAsync(long? maxUpload = null)
    {
        var options = new EmulatorOptions { DataFile = DataFile };
        if (maxUpload is { } limit) options.MaxUploadBytes = limit;
        return EmulatorHost.StartAsync(options);
    }

    static HubPlatformClient Platform(EmulatorHost host) => new(new HubClientOptions
    {
        ApiKey = EmulatorOptions.DevToken,
        Environment = HubEnvironment.FromRoot(host.RootUrl),
        Timeout = TimeSpan.FromMinutes(5),
    });

    static async Task<byte[]> DownloadAsync(HubPlatformClient platform, string poolId, string fileId)
    {
        using var download = await platform.DataPools.GetDataPoolFileAsync(poolId, fileId);
        using var copy = new MemoryStream();
        await download.Content.CopyToAsync(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task A_50_MB_file_round_trips_byte_identical_and_outlives_a_restart_as_a_blob_removed_with_its_pool()
    {
        var content = RandomNumberGenerator.GetBytes(50_000_000);
        string poolId, fileId;
        await using (var first = await StartAsync())
        {
            using var platform = Platform(first);
            poolId = (await platform.DataPools.CreateDataPoolAsync("large")).Id!;
            var file = await platform.DataPools.AddDataPoolFileAsync(poolId, () => new MemoryStream(content), "large.bin",
                "application/octet-stream");
            fileId = file.Id!;
            Assert.Equal(content.LongLength, file.ContentLength);
            Assert.Equal(content, await DownloadAsync(platform, poolId, fileId));
        }
        var blob = Assert.Single(Directory.GetFiles(BlobFolder));
        Assert.Equal(content.LongLength, new FileInfo(blob).Length);
        Assert.True(new FileInfo(DataFile).Length < content.Length / 100, "the bytes are in the blob, not in a row");
        if (!OperatingSystem.IsWindows()) Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(blob));

        await using var second = await StartAsync();
        using var again = Platform(second);
        Assert.Equal(content, await DownloadAsync(again, poolId, fileId));
        var kept = await again.DataPools.AddDataPoolFileAsync(poolId, () => new MemoryStream(content, 0, 10), "small.bin",
            "application/octet-stream");
        await again.DataPools.DeleteDataPoolFileAsync(poolId, fileId);
        Assert.Single(Directory.GetFiles(BlobFolder));
        await again.DataPools.DeleteDataPoolAsync(poolId);
        Assert.Empty(Directory.GetFiles(BlobFolder));
        Assert.NotNull(kept.Id);
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_is_413_naming_it_whether_its_length_is_told_or_not_and_nothing_is_kept()
    {
        await using var host = await StartAsync(maxUpload: 1 << 20);
        using var platform = Platform(host);
        var poolId = (await platform.DataPools.CreateDataPoolAsync("limited")).Id!;
        var told = await Assert.ThrowsAsync<ContentTooLargeException>(() => platform.DataPools.AddDataPoolFileAsync(poolId,
            () => new MemoryStream(new byte[3 << 20]), "big.bin", "application/octet-stream"));
        Assert.Contains("1MiB", told.ServerMessage);
        Assert.Contains("--max-upload", told.ServerMessage);

        // Chunked, the length is known only once the part has grown past the limit.
        using var http = new HttpClient { BaseAddress = host.RootUrl };
        http.DefaultRequestHeaders.Add("X-Auth-Token", EmulatorOptions.DevToken);
        var form = new MultipartFormDataContent { { new StreamContent(new UnseekableStream(new byte[(1 << 20) + 1])), "file", "big.bin" } };
        form.Headers.ContentLength = null;
        var response = await http.PostAsync($"qc-catalog/datapools/{poolId}/files", form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("--max-upload", await response.Content.ReadAsStringAsync());

        var exact = await platform.DataPools.AddDataPoolFileAsync(poolId, () => new MemoryStream(new byte[1 << 20]), "exact.bin",
            "application/octet-stream");
        Assert.Equal(exact.Id, Assert.Single(await platform.DataPools.GetDataPoolFilesAsync(poolId)).Id);
        Assert.Single(Directory.GetFiles(BlobFolder));
    }

    // A stream whose length nobody knows ahead, as a pipe's: the body goes chunked.
    sealed class UnseekableStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}
