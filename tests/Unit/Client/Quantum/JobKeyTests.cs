using System.Text.Json;
using KipuHub.Client.Quantum;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>
/// An idempotency key of the caller's: a job made with it is returned to a later create with the same key, over real HTTP,
/// instead of a second job; the key shows only as its hash, and is honoured back to the window, not beyond.
/// </summary>
public sealed class JobKeyTests : EmulatorFixture
{
    [Fact]
    public async Task The_same_key_in_a_later_run_returns_the_job_made_the_first_time_and_another_key_makes_a_new_one()
    {
        using var firstRun = Quantum();
        var (first, created) = await firstRun.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 5), "nightly-2026-12-07/job-1");
        Assert.True(created);

        using var secondRun = Quantum();
        var (again, createdAgain) = await secondRun.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 5), "nightly-2026-12-07/job-1");
        var (other, createdOther) = await secondRun.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 5), "nightly-2026-12-07/job-2");

        Assert.False(createdAgain);
        Assert.Equal(first.Id, again.Id);
        Assert.True(createdOther);
        Assert.NotEqual(first.Id, other.Id);
        var jobs = await AllJobsAsync();
        Assert.Equal(2, jobs.Count);
        Assert.DoesNotContain("nightly", JsonSerializer.Serialize(jobs), StringComparison.Ordinal);
        Assert.Contains(JobKey.TagOf("nightly-2026-12-07/job-1"), first.Tags!);
    }

    [Fact]
    public async Task A_key_is_found_behind_pages_of_newer_jobs()
    {
        using var client = Quantum(organization: "org-keys");
        var (first, _) = await client.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 1), "deep-key");
        for (var i = 0; i < 120; i++) await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1));

        var (found, created) = await client.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 1), "deep-key");

        Assert.False(created);
        Assert.Equal(first.Id, found.Id);
    }
}

/// <summary>The window: a job made with the key longer ago than it is not returned, and the listing is not read past it.</summary>
public sealed class JobKeyWindowTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_job_made_with_the_key_longer_ago_than_the_window_is_not_returned_and_older_pages_are_not_read()
    {
        var tag = JobKey.TagOf("old-key");
        var old = DateTimeOffset.UtcNow - JobKey.Window - TimeSpan.FromHours(1);
        server.Fallback = request => request.Method == "POST"
            ? Reply.Ok("""{"id":"new-job","status":"PENDING"}""")
            : Reply.Ok($$"""{"content":[{"id":"old-job","status":"COMPLETED","tags":["{{tag}}"],"created_at":"{{old:O}}"}],"page":0,"last":false}""");
        using var client = TestClients.Quantum(server.BaseUrl);

        var (job, created) = await client.Jobs.CreateJobOnceAsync(Circuits.Job(Circuits.Bell(), shots: 1), "old-key");

        Assert.True(created);
        Assert.Equal("new-job", job.Id);
        Assert.Single(server.Requests, r => r.Method == "GET");
        Assert.Contains(tag, server.Requests.Single(r => r.Method == "POST").Body, StringComparison.Ordinal);
    }
}
