using System.Diagnostics;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core.Http;

/// <summary>
/// A body the Hub refuses as too large is ContentTooLarge at once, with what the Hub says, and never an unknown
/// outcome to recover: large bodies ask the Hub first (Expect: 100-continue) instead of going out blind.
/// </summary>
public sealed class LargeBodyTests : EmulatorFixture
{
    [Fact]
    public async Task A_create_refused_as_too_large_is_ContentTooLarge_without_recovery()
    {
        using var quantum = Quantum();
        var input = JobInput.FromJson("{\"padding\":\"" + new string('x', 12 * 1024 * 1024) + "\"}");
        await ClearRequestCountsAsync();
        var refused = await Assert.ThrowsAsync<ContentTooLargeException>(() =>
            quantum.Jobs.CreateJobAsync(new CreateJobRequest { BackendId = "aws.sim.sv1", Shots = 10, Input = input }));

        Assert.Equal(413, refused.StatusCode);
        Assert.Matches(@"larger than \d+ bytes", refused.ServerMessage);
        var counts = await RequestCountsAsync();
        Assert.False(counts.ContainsKey("GET /quantum/jobs"), "the job listing was searched for a job that cannot exist");
        Assert.Empty(await AllJobsAsync());
    }
}
