using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>-All against a Hub whose pages say "more" for ever: the listing ends, with a warning that says why.</summary>
public sealed class EndlessListingTests : HostileHubFixture
{
    [Fact]
    public void Get_QHubJob_All_ends_on_an_empty_page_that_claims_more_and_warns()
    {
        Hub.Override = request => request.RawTarget.StartsWith("/quantum/jobs?", StringComparison.Ordinal)
            ? Reply.Ok(request.QueryValues("page").Single() == "0"
                ? """{"content":[{"id":"job-1","status":"COMPLETED"}],"page":0,"last":false}"""
                : """{"content":[],"last":false}""")
            : null;

        var jobs = Shell.Run("Get-QHubJob -All -WarningVariable told -WarningAction SilentlyContinue; $told");

        Assert.Equal("job-1", jobs[0].Properties["Id"].Value);
        Assert.Contains("that page was empty", jobs[^1].ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Hub.Requests.Count(r => r.RawTarget.StartsWith("/quantum/jobs?", StringComparison.Ordinal)));
    }
}
