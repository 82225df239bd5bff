using KipuHub.Client.Core;
using KipuHub.Client.Quantum;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

public sealed class JobWaiterTests : IAsyncLifetime
{
    RecordingServer server = null!;
    readonly Dictionary<string, Queue<string>> script = new();

    public async Task InitializeAsync()
    {
        server = await RecordingServer.StartAsync();
        server.Fallback = request =>
        {
            var parts = request.Path.Split('/');
            var id = parts[3];
            if (request.Path.EndsWith("/status"))
            {
                var states = script[id];
                var state = states.Count > 1 ? states.Dequeue() : states.Peek();
                return Reply.Ok($$"""{"status":"{{state}}"}""");
            }
            return Reply.Ok($$"""{"id":"{{id}}","status":"{{script[id].Peek()}}"}""");
        };
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    static JobWaitOptions Fast(TimeSpan? timeout = null, bool any = false) => new()
    {
        PollInterval = TimeSpan.FromMilliseconds(10),
        MaxPollInterval = TimeSpan.FromMilliseconds(40),
        Timeout = timeout,
        Any = any,
    };

    [Fact]
    public async Task Waits_for_all_jobs_and_returns_their_final_records_with_progress()
    {
        script["a"] = new(new[] { "PENDING", "RUNNING", "COMPLETED" });
        script["b"] = new(new[] { "RUNNING", "FAILED" });
        var reports = new List<JobWaitProgress>();
        using var client = TestClients.Quantum(server.BaseUrl);
        var waiter = new JobWaiter(client.Jobs, new[] { "a", "b" }, Fast());
        var jobs = await waiter.WaitAsync(new InlineProgress<JobWaitProgress>(reports.Add));

        Assert.Equal(new[] { "COMPLETED", "FAILED" }, jobs.OrderBy(j => j.Id).Select(j => j.Status!));
        Assert.Equal(new[] { 1, 2, 3 }, reports.Select(r => r.Round));
        Assert.Equal("0 of 2 done (1 PENDING, 1 RUNNING)", reports[0].ToString());
        Assert.Equal(2, reports[^1].Done);
        Assert.Equal(1, reports[^1].RequestsThisRound);
        Assert.Equal(2, server.Requests.Count(r => r.Path == "/quantum/jobs/b/status"));
    }

    [Fact]
    public async Task Any_returns_when_the_first_job_is_done()
    {
        script["a"] = new(new[] { "RUNNING" });
        script["b"] = new(new[] { "RUNNING", "CANCELLED" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var jobs = await new JobWaiter(client.Jobs, new[] { "a", "b" }, Fast(any: true)).WaitAsync();
        Assert.Equal("b", Assert.Single(jobs).Id);
    }

    [Fact]
    public async Task A_round_takes_each_status_as_the_Hub_says_it_a_new_one_too()
    {
        script["a"] = new(new[] { "RUNNING" });
        script["b"] = new(new[] { "TELEPORTING" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var waiter = new JobWaiter(client.Jobs, new[] { "a", "b" }, Fast());
        await waiter.PollAsync();
        Assert.Equal(KipuHub.Client.Quantum.Models.JobStatus.Running, waiter.Statuses["a"]);
        Assert.Equal("TELEPORTING", waiter.Statuses["b"]!.ToString());
        Assert.False(waiter.IsComplete);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public async Task With_Any_one_job_done_completes_the_wait_and_without_it_every_job_must_be(bool any, bool complete)
    {
        script["a"] = new(new[] { "COMPLETED" });
        script["b"] = new(new[] { "RUNNING" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var waiter = new JobWaiter(client.Jobs, new[] { "a", "b" }, Fast(any: any));
        await waiter.PollAsync();
        Assert.Equal(complete, waiter.IsComplete);
    }

    [Fact]
    public async Task A_job_read_from_the_listing_and_later_by_its_status_is_returned_as_its_last_status_says()
    {
        server.Fallback = request => request.Path switch
        {
            "/quantum/jobs" => Reply.Ok("""{"content":[{"id":"a","status":"COMPLETED"},{"id":"b","status":"RUNNING"}],"last":true}"""),
            "/quantum/jobs/b/status" => Reply.Ok("""{"status":"COMPLETED"}"""),
            "/quantum/jobs/b" => Reply.Ok("""{"id":"b","status":"COMPLETED"}"""),
            _ => Reply.WithStatus(404, """{"message":"not here"}"""),
        };
        using var client = TestClients.Quantum(server.BaseUrl);
        var waiter = new JobWaiter(client.Jobs, new[] { "a", "b" }, new JobWaitOptions { BatchThreshold = 2 });
        await waiter.PollAsync();
        await waiter.PollAsync();

        Assert.True(waiter.IsComplete);
        var jobs = await waiter.GetTerminalJobsAsync();
        Assert.Equal(new[] { ("a", "COMPLETED"), ("b", "COMPLETED") }, jobs.OrderBy(j => j.Id).Select(j => (j.Id!, j.Status!)));
        Assert.Single(server.Requests, r => r.Path == "/quantum/jobs");
        Assert.Single(server.Requests, r => r.Path == "/quantum/jobs/b");
        Assert.DoesNotContain(server.Requests, r => r.Path == "/quantum/jobs/a");
    }

    [Fact]
    public async Task Rounds_are_spaced_by_the_poll_interval_at_least()
    {
        script["a"] = new(new[] { "PENDING", "RUNNING", "RUNNING", "COMPLETED" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var options = new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(150), MaxPollInterval = TimeSpan.FromMilliseconds(150), Jitter = 0 };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rounds = new List<TimeSpan>();
        await new JobWaiter(client.Jobs, new[] { "a" }, options).WaitAsync(new InlineProgress<JobWaitProgress>(_ => rounds.Add(clock.Elapsed)));
        Assert.Equal(4, rounds.Count);
        // A lower bound only: a busy machine makes the gaps longer, never shorter.
        Assert.All(rounds.Zip(rounds.Skip(1), (before, after) => after - before), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(140), $"{gap}"));
    }

    [Fact]
    public async Task A_timeout_reports_where_the_jobs_stand()
    {
        script["a"] = new(new[] { "RUNNING" });
        using var client = TestClients.Quantum(server.BaseUrl);
        var waiter = new JobWaiter(client.Jobs, new[] { "a" }, Fast(TimeSpan.FromMilliseconds(200)));
        // A round before the timed wait: on a busy machine the wait's own first round may be cut short before any answer.
        await waiter.PollAsync();
        var error = await Assert.ThrowsAsync<JobWaitTimeoutException>(() => waiter.WaitAsync());
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.StartsWith("Waited 0.2 s", error.Message);
        Assert.Contains("0 of 1 done (1 RUNNING)", error.Message);
        Assert.Contains("Stop-QHubJob", error.Message);
    }

    [Fact]
    public async Task A_timeout_cuts_a_slow_polling_round_short()
    {
        script["a"] = new(new[] { "RUNNING" });
        var fallback = server.Fallback;
        server.Fallback = request => fallback(request) with { Delay = Promptly.Never };
        using var client = TestClients.Quantum(server.BaseUrl);
        var wait = new JobWaiter(client.Jobs, new[] { "a" }, Fast(TimeSpan.FromMilliseconds(300))).WaitAsync();
        await Promptly.Ends(wait);
        var error = await Assert.ThrowsAsync<JobWaitTimeoutException>(() => wait);
        Assert.Contains("0 of 1 done", error.Message);
    }

    [Fact]
    public async Task Cancellation_stops_the_wait_promptly()
    {
        script["a"] = new(new[] { "RUNNING" });
        using var client = TestClients.Quantum(server.BaseUrl);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var options = Fast();
        options.PollInterval = Promptly.Never;
        options.MaxPollInterval = Promptly.Never;
        var wait = new JobWaiter(client.Jobs, new[] { "a" }, options).WaitAsync(null, cancel.Token);
        await Promptly.Ends(wait);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public void Needs_at_least_one_id()
    {
        using var client = TestClients.Quantum(server.BaseUrl);
        Assert.StartsWith("Give at least one job id", Assert.Throws<ArgumentException>(() => new JobWaiter(client.Jobs, Array.Empty<string>())).Message);
        Assert.StartsWith("A job id is empty", Assert.Throws<ArgumentException>(() => new JobWaiter(client.Jobs, new[] { "a", " " })).Message);
    }
}
