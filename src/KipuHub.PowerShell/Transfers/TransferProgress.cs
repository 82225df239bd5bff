using System.Diagnostics;
using System.Globalization;
using System.Management.Automation;

namespace KipuHub.PowerShell.Transfers;

/// <summary>
/// One file transfer's progress: bytes counted on the thread that moves them, a ProgressRecord (bytes, rate, time left)
/// read on the pipeline thread. A transfer shows no bar before it has lasted a second, so quick ones do not flicker, and
/// then a new record every half second at most: a host draws each one, and drawing often slows the transfer it shows.
/// </summary>
public sealed class TransferProgress(string activity, long? total)
{
    const int ActivityId = 3;
    static readonly TimeSpan ShownAfter = TimeSpan.FromSeconds(1);
    static readonly TimeSpan ShownEvery = TimeSpan.FromMilliseconds(500);
    readonly Stopwatch clock = Stopwatch.StartNew();
    long done;
    TimeSpan? lastShown;

    public void Set(long bytes) => Interlocked.Exchange(ref done, bytes);

    /// <summary>The record to show now; null while the transfer is young.</summary>
    public ProgressRecord? Current()
    {
        var elapsed = clock.Elapsed;
        if (elapsed < ShownAfter || elapsed - lastShown < ShownEvery) return null;
        lastShown = elapsed;
        var bytes = Interlocked.Read(ref done);
        var rate = bytes / elapsed.TotalSeconds;
        var record = new ProgressRecord(ActivityId, activity, Status(bytes, rate));
        if (total is { } all && all > 0)
        {
            record.PercentComplete = (int)Math.Min(100, bytes * 100 / all);
            if (rate > 0) record.SecondsRemaining = (int)Math.Ceiling(Math.Max(0, all - bytes) / rate);
        }
        return record;
    }

    /// <summary>The record that closes the bar; null when none was shown.</summary>
    public ProgressRecord? Completed() => lastShown is not null
        ? new ProgressRecord(ActivityId, activity, "Done") { RecordType = ProgressRecordType.Completed }
        : null;

    string Status(long bytes, double rate) =>
        (total is { } all ? $"{Size(bytes)} of {Size(all)}" : Size(bytes)) + $" at {Size(rate)}/s";

    static string Size(double bytes) => bytes switch
    {
        >= 1 << 30 => (bytes / (1 << 30)).ToString("N2", CultureInfo.CurrentCulture) + " GiB",
        >= 1 << 20 => (bytes / (1 << 20)).ToString("N1", CultureInfo.CurrentCulture) + " MiB",
        >= 1 << 10 => (bytes / (1 << 10)).ToString("N0", CultureInfo.CurrentCulture) + " KiB",
        _ => bytes.ToString("N0", CultureInfo.CurrentCulture) + " bytes",
    };
}
