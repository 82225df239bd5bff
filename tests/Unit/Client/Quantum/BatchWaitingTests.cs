using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Waiting on many jobs reads the job listing: requests per round grow with N / page size, not with N.</summary>
public sealed class BatchWaitingTests : EmulatorFixture
{
    async Task<List<string>> SubmitAsync(KipuHub.Client.Quantum.HubQuantumClient client, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
            ids.Add((await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1))).Id!);
        return ids;
    }

    [Fact]
    public async Task Sixty_jobs_cost_a_few_listing_pages_a_round_and_no_status_or_get_requests()
    {
        using var client = Quantum(organization: "org-batch");
        var ids = await SubmitAsync(client, 60);
        await ClearRequestCountsAsync();
        var rounds = new List<JobWaitProgress>();
        // The jobs end in the order they were created; on a busy machine the last round may find fewer than the default threshold
        // (3) still running and ask their statuses one by one, as it should. A threshold of 1 keeps every round on the listing.
        var waiter = new JobWaiter(client.Jobs, ids,
            new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(40), ListingPageSize = 25, BatchThreshold = 1 });
        var done = await waiter.WaitAsync(new InlineProgress<JobWaitProgress>(rounds.Add));

        Assert.Equal(60, done.Count);
        Assert.All(done, j => Assert.Equal(JobStatus.Completed, j.Status));
        Assert.All(rounds, r => Assert.InRange(r.RequestsThisRound, 1, 3));
        var stats = await RequestCountsAsync();
        Assert.Equal(rounds.Sum(r => r.RequestsThisRound), stats["GET /quantum/jobs"]);
        Assert.False(stats.ContainsKey("GET /quantum/jobs/{id}/status"));
        Assert.False(stats.ContainsKey("GET /quantum/jobs/{id}"));
    }

    [Fact]
    public async Task Below_the_threshold_each_job_costs_one_status_request()
    {
        using var client = Quantum(organization: "org-few");
        var ids = await SubmitAsync(client, 2);
        await ClearRequestCountsAsync();
        var waiter = new JobWaiter(client.Jobs, ids, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(40) });
        var first = await waiter.PollAsync();
        Assert.Equal(2, first.RequestsThisRound);
        var stats = await RequestCountsAsync();
        Assert.Equal(2, stats["GET /quantum/jobs/{id}/status"]);
        Assert.False(stats.ContainsKey("GET /quantum/jobs"));
    }

    [Fact]
    public async Task Jobs_the_listing_does_not_show_fall_back_to_status_requests()
    {
        using var client = Quantum(organization: "org-buried");
        var old = await SubmitAsync(client, 3);
        await SubmitAsync(client, 30);
        await ClearRequestCountsAsync();
        // Pages of 5 with two pages of slack reach 15 jobs deep: the three oldest are below that.
        var waiter = new JobWaiter(client.Jobs, old, new JobWaitOptions { ListingPageSize = 5, BatchThreshold = 3 });
        var round = await waiter.PollAsync();
        var stats = await RequestCountsAsync();
        Assert.Equal(3, stats["GET /quantum/jobs"]);
        Assert.Equal(3, stats["GET /quantum/jobs/{id}/status"]);
        Assert.Equal(6, round.RequestsThisRound);
        Assert.All(old, id => Assert.NotNull(waiter.Statuses[id]));
    }

    [Fact]
    public void Batching_options_below_one_are_refused_and_one_is_allowed()
    {
        using var client = Quantum();
        Assert.Contains("ListingPageSize must be at least 1", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new JobWaiter(client.Jobs, new[] { "a" }, new JobWaitOptions { ListingPageSize = 0 })).Message);
        Assert.Contains("BatchThreshold must be at least 1", Assert.Throws<ArgumentOutOfRangeException>(() =>
            new JobWaiter(client.Jobs, new[] { "a" }, new JobWaitOptions { BatchThreshold = 0 })).Message);
        // One is the least, and allowed: a listing of one job a page, a batch of one job.
        _ = new JobWaiter(client.Jobs, new[] { "a" }, new JobWaitOptions { ListingPageSize = 1, BatchThreshold = 1 });
    }
}
