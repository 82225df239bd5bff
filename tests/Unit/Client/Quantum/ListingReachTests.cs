using KipuHub.Client.Quantum;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Waiting on old jobs that the newest-first listing does not reach costs no more than polling each.</summary>
public sealed class ListingReachTests : EmulatorFixture
{
    // The jobs stay PENDING for the whole test: every round has them all to poll.
    protected override void Configure(EmulatorOptions options) => options.JobPendingDuration = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Thirty_old_jobs_behind_six_hundred_newer_ones_cost_at_most_a_tenth_more_than_plain_polling()
    {
        using var client = Quantum(organization: "org-deep");
        var old = new List<string>();
        for (var i = 0; i < 30; i++) old.Add((await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1))).Id!);
        for (var i = 0; i < 600; i++) await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1));
        await ClearRequestCountsAsync();

        const int Rounds = 5;
        var waiter = new JobWaiter(client.Jobs, old, new JobWaitOptions { ListingPageSize = 25 });
        var requests = 0;
        for (var round = 0; round < Rounds; round++) requests += (await waiter.PollAsync()).RequestsThisRound;

        var plain = Rounds * old.Count;
        Assert.InRange(requests, plain, (int)(plain * 1.1));
        var stats = await RequestCountsAsync();
        Assert.Equal(plain, stats["GET /quantum/jobs/{id}/status"]);
        Assert.Equal(requests - plain, stats["GET /quantum/jobs"]);
    }

    [Fact]
    public async Task A_job_a_scan_missed_is_not_scanned_for_again()
    {
        using var client = Quantum(organization: "org-missed");
        var old = new List<string>();
        for (var i = 0; i < 3; i++) old.Add((await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1))).Id!);
        for (var i = 0; i < 30; i++) await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1));
        var waiter = new JobWaiter(client.Jobs, old, new JobWaitOptions { ListingPageSize = 5, BatchThreshold = 3 });
        var first = await waiter.PollAsync();
        await ClearRequestCountsAsync();

        var second = await waiter.PollAsync();

        Assert.True(first.RequestsThisRound > old.Count, $"the first round scans the listing: {first.RequestsThisRound} requests");
        Assert.Equal(old.Count, second.RequestsThisRound);
        var stats = await RequestCountsAsync();
        Assert.Equal(old.Count, stats["GET /quantum/jobs/{id}/status"]);
        Assert.False(stats.ContainsKey("GET /quantum/jobs"));
    }
}
