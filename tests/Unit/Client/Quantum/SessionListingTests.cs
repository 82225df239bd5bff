using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Quantum;

/// <summary>Sessions are listed from the workload listing, whose pages also hold jobs.</summary>
public sealed class SessionListingTests : EmulatorFixture
{
    [Fact]
    public async Task Every_session_is_listed_newest_first_across_pages_that_hold_only_jobs()
    {
        using var client = Quantum(organization: "org-session-listing");
        var opened = new List<string>();
        for (var i = 0; i < 3; i++)
            opened.Add((await client.Sessions.CreateSessionAsync(new CreateSessionRequest { BackendId = "aws.sim.sv1", Provider = Provider.Aws })).Id!);
        // Twelve newer jobs: with pages of 4, the first three pages hold no session at all.
        for (var i = 0; i < 12; i++)
            await client.Jobs.CreateJobAsync(Circuits.Job(Circuits.Bell(), shots: 1));

        var pager = client.Workloads.ListSessions(pageSize: 4);
        var listed = new List<Session>();
        var pages = new List<int>();
        while (pager.HasMore)
        {
            var page = await pager.NextPageAsync();
            pages.Add(page.Count);
            listed.AddRange(page);
        }

        Assert.Equal(Enumerable.Reverse(opened), listed.Select(s => s.Id));
        Assert.All(listed, s => Assert.Equal("aws.sim.sv1", s.BackendId));
        Assert.All(listed, s => Assert.Equal(SessionStatus.Open, s.Status));
        Assert.Equal(new[] { 0, 0, 0, 3 }, pages);
    }

    [Fact]
    public void A_job_workload_is_no_session()
    {
        Assert.Null(new Workload { Id = "j", Type = WorkloadType.Job }.AsSession());
        var session = new Workload { Id = "s", Type = new WorkloadType("session"), Status = "DRAINING", EndedAt = DateTimeOffset.UnixEpoch }.AsSession();
        Assert.Equal("s", session!.Id);
        Assert.Equal(SessionStatus.Draining, session.Status);
        Assert.Equal(DateTimeOffset.UnixEpoch, session.ClosedAt);
    }
}
