using System.Diagnostics;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Files;
using KipuHub.Client.Quantum;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Reliability;

/// <summary>Cancelling a wait or a large download returns within a second and leaves no partial file.</summary>
public sealed class CancellationTests : EmulatorFixture
{
    const long Padding = 128L * 1024 * 1024;

    protected override void Configure(EmulatorOptions options)
    {
        options.ResultPaddingBytes = Padding;
        // Jobs stay pending long enough that a wait is surely cancelled before they end.
        options.JobPendingDuration = TimeSpan.FromSeconds(2);
    }

    [Fact]
    public async Task Cancelling_a_large_download_returns_at_once_and_leaves_no_file()
    {
        using var client = Quantum();
        var id = await FinishedJobAsync(client);
        var folder = Directory.CreateTempSubdirectory("kqh-cancel-").FullName;
        try
        {
            using var cancel = new CancellationTokenSource();
            var written = 0L;
            using var response = await client.Jobs.GetJobResultStreamAsync(id, cancel.Token);
            Assert.True(response.Length > Padding);
            var download = AtomicFileDownload.SaveAsync(response.Content, Path.Combine(folder, "big.json"), false, new InlineProgress<long>(b => Interlocked.Exchange(ref written, b)), cancel.Token);
            while (Interlocked.Read(ref written) < 1024 * 1024) await Task.Delay(5);
            cancel.Cancel();
            await Promptly.Ends(download);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => download);
            Assert.True(Interlocked.Read(ref written) < Padding, "the download went on after the cancel");
            Assert.Empty(Directory.GetFiles(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Cancelling_a_wait_returns_without_waiting_out_the_poll_interval()
    {
        using var client = Quantum();
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 10));
        using var cancel = new CancellationTokenSource();
        var options = new JobWaitOptions { PollInterval = Promptly.Never, MaxPollInterval = Promptly.Never };
        var wait = new JobWaiter(client.Jobs, new[] { job.Id! }, options).WaitAsync(null, cancel.Token);
        await Task.Delay(300);
        Assert.False(wait.IsCompleted);
        cancel.Cancel();
        await Promptly.Ends(wait);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task A_padded_result_streams_whole_and_stays_valid_json_with_a_content_length()
    {
        using var client = Quantum();
        var id = await FinishedJobAsync(client);
        using var response = await client.Jobs.GetJobResultStreamAsync(id);
        var buffer = new byte[1 << 16];
        long total = 0;
        int read;
        byte last = 0, beforeLast = 0;
        while ((read = await response.Content.ReadAsync(buffer)) > 0)
        {
            total += read;
            beforeLast = read > 1 ? buffer[read - 2] : last;
            last = buffer[read - 1];
        }
        Assert.Equal(response.Length, total);
        Assert.Equal((byte)'"', beforeLast);
        Assert.Equal((byte)'}', last);
    }
}
