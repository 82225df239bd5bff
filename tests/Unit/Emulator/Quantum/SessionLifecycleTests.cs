using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Quantum;

public sealed class SessionLifecycleTests : EmulatorFixture
{
    // Jobs here must still be running when a test cancels them, however busy the machine is.
    protected override void Configure(KipuHub.Emulator.EmulatorOptions options)
    {
        options.JobPendingDuration = TimeSpan.FromSeconds(3);
        options.JobRunningDuration = TimeSpan.FromSeconds(3);
    }

    static CreateSessionRequest On(string backend = "aws.sim.sv1", string provider = "AWS", int? ttl = null) =>
        new() { BackendId = backend, Provider = new Provider(provider), Mode = SessionMode.Batch, Ttl = ttl, Tags = new() { "t" } };

    [Fact]
    public async Task A_session_opens_becomes_active_with_a_job_drains_and_closes_idempotently()
    {
        using var client = Quantum();
        var session = await client.Sessions.CreateSessionAsync(On());
        Assert.Equal(SessionStatus.Open, session.Status);
        Assert.Equal(SessionMode.Batch, session.Mode);
        Assert.NotNull(session.ExpiresAt);

        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 10, session: session.Id));
        Assert.Equal(session.Id, job.SessionId);
        Assert.Equal(SessionStatus.Active, (await client.Sessions.GetSessionStatusAsync(session.Id!)).Status);
        Assert.Equal(job.Id, Assert.Single(await client.Sessions.GetSessionJobsAsync(session.Id!)).Id);

        var drained = await client.Sessions.UpdateSessionStateAsync(session.Id!, acceptJobs: false);
        Assert.Equal(SessionStatus.Draining, drained!.Status);
        var refused = await Assert.ThrowsAsync<ConflictException>(() => client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), session: session.Id)));
        Assert.Contains("DRAINING and does not accept new jobs", refused.Message);

        Assert.Equal(SessionStatus.Active, (await client.Sessions.UpdateSessionStateAsync(session.Id!, acceptJobs: true))!.Status);
        await client.Sessions.CloseSessionAsync(session.Id!);
        await client.Sessions.CloseSessionAsync(session.Id!);
        var closed = await client.Sessions.GetSessionAsync(session.Id!);
        Assert.Equal(SessionStatus.Closed, closed.Status);
        Assert.True(closed.Final);
        Assert.True(closed.FinalNotAborted);
        Assert.NotNull(closed.ClosedAt);
        await Assert.ThrowsAsync<ConflictException>(() => client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), session: session.Id)));
        await Assert.ThrowsAsync<ConflictException>(() => client.Sessions.UpdateSessionStateAsync(session.Id!, true));
    }

    [Fact]
    public async Task A_backend_without_sessions_answers_422()
    {
        using var client = Quantum();
        var error = await Assert.ThrowsAsync<UnprocessableEntityException>(() => client.Sessions.CreateSessionAsync(On("azure.ionq.simulator", "AZURE")));
        Assert.Contains("does not support sessions", error.Message);
    }

    [Fact]
    public async Task Provider_must_match_and_jobs_must_target_the_session_backend()
    {
        using var client = Quantum();
        await Assert.ThrowsAsync<BadRequestException>(() => client.Sessions.CreateSessionAsync(On(provider: "IBM")));
        var session = await client.Sessions.CreateSessionAsync(On());
        var error = await Assert.ThrowsAsync<BadRequestException>(() => client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), backend: "aws.ionq.aria", session: session.Id)));
        Assert.Contains("runs on aws.sim.sv1", error.Message);
    }

    [Fact]
    public async Task A_session_closes_when_its_ttl_expires()
    {
        using var client = Quantum();
        var session = await client.Sessions.CreateSessionAsync(On(ttl: 1));
        Assert.Equal(SessionStatus.Open, session.Status);
        await Task.Delay(1100);
        Assert.Equal(SessionStatus.Closed, (await client.Sessions.GetSessionStatusAsync(session.Id!)).Status);
    }

    [Fact]
    public async Task Cancelling_a_session_aborts_its_jobs()
    {
        using var client = Quantum();
        var session = await client.Sessions.CreateSessionAsync(On());
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), session: session.Id));
        await client.Sessions.CancelSessionAsync(session.Id!);
        Assert.Equal(SessionStatus.Aborted, (await client.Sessions.GetSessionAsync(session.Id!)).Status);
        Assert.Equal(JobStatus.Aborted, (await client.Jobs.GetJobStatusAsync(job.Id!)).Status);
    }

    [Fact]
    public async Task Workloads_list_jobs_and_sessions_together()
    {
        using var client = Quantum(organization: "org-workloads");
        var session = await client.Sessions.CreateSessionAsync(On());
        var job = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), session: session.Id));
        var page = await client.Workloads.GetWorkloadsAsync(sort: new[] { "created_at,asc" });
        Assert.Equal(2, page.TotalElements);
        Assert.Equal(WorkloadType.Session, page.Items[0].Type);
        Assert.Equal(session.Id, page.Items[0].Id);
        Assert.Equal(WorkloadType.Job, page.Items[1].Type);
        Assert.Equal(job.Id, page.Items[1].Id);
    }

    [Fact]
    public async Task Service_execution_scoped_routes_see_only_that_executions_work()
    {
        using var scoped = Quantum(configure: o => o.Headers["X-Service-Execution-Id"] = "exec-1");
        using var client = Quantum();
        var session = await scoped.Sessions.CreateSessionAsync(On());
        var job = await scoped.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 5, session: session.Id));
        var mine = await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 5));

        Assert.Equal(job.Id, (await client.Jobs.GetServiceExecutionJobAsync("exec-1", job.Id!)).Id);
        await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetServiceExecutionJobAsync("exec-1", mine.Id!));
        await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetServiceExecutionJobAsync("exec-2", job.Id!));
        Assert.Equal(2, (await client.Jobs.GetServiceExecutionWorkloadsAsync("exec-1")).TotalElements);
        Assert.Single((await client.Jobs.SearchJobsAsync(serviceExecutionId: "exec-1")).Items);
        Assert.NotNull((await client.Jobs.GetServiceExecutionJobStatusAsync("exec-1", job.Id!)).Status);
        Assert.Equal("qis", ((Dictionary<string, object?>)(await client.Jobs.GetServiceExecutionJobInputAsync("exec-1", job.Id!)).Value!)["gateset"]);
        Assert.Single(await client.Jobs.GetServiceExecutionSessionJobsAsync("exec-1", session.Id!));
        Assert.Equal(SessionStatus.Draining, (await client.Jobs.UpdateServiceExecutionSessionStateAsync("exec-1", session.Id!, false))!.Status);
        await client.Jobs.CloseServiceExecutionSessionAsync("exec-1", session.Id!);
        Assert.Equal(SessionStatus.Closed, (await client.Jobs.GetServiceExecutionSessionStatusAsync("exec-1", session.Id!)).Status);
        await client.Jobs.CancelServiceExecutionJobAsync("exec-1", job.Id!);
        await new JobWaiter(client.Jobs, new[] { job.Id! }, new JobWaitOptions { PollInterval = TimeSpan.FromMilliseconds(30), ServiceExecutionId = "exec-1" }).WaitAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => client.Jobs.GetServiceExecutionJobResultStreamAsync("exec-1", job.Id!));
        Assert.Null(await client.Jobs.GetServiceExecutionJobCalibrationAsync("exec-1", job.Id!));
    }
}
