using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.PowerShell.Cmdlets;

/// <summary>-All against a Hub whose pages say "more" for ever: the listing ends, with a warning that says why.</summary>
public sealed class EndlessListingTests : IAsyncLifetime
{
    HostileHub hub = null!;
    HostedShell shell = null!;

    public async Task InitializeAsync()
    {
        hub = await HostileHub.StartAsync();
        shell = HostedShell.WithModule();
        shell.Run("param($e) Connect-QHub -Endpoint $e -SkipValidation -Token (ConvertTo-SecureString 'hostile-test-token-1' -AsPlainText -Force)",
            hub.Endpoint);
    }

    public async Task DisposeAsync()
    {
        shell.Run("Disconnect-QHub");
        shell.Dispose();
        await hub.DisposeAsync();
    }

    [Fact]
    public void Get_QHubJob_All_ends_on_an_empty_page_that_claims_more_and_warns()
    {
        hub.Override = request => request.RawTarget.StartsWith("/quantum/jobs?", StringComparison.Ordinal)
            ? Reply.Ok(request.QueryValues("page").Single() == "0"
                ? """{"content":[{"id":"job-1","status":"COMPLETED"}],"page":0,"last":false}"""
                : """{"content":[],"last":false}""")
            : null;

        var jobs = shell.Run("Get-QHubJob -All -WarningVariable told -WarningAction SilentlyContinue; $told");

        Assert.Equal("job-1", jobs[0].Properties["Id"].Value);
        Assert.Contains("that page was empty", jobs[^1].ToString(), StringComparison.Ordinal);
        Assert.Equal(2, hub.Requests.Count(r => r.RawTarget.StartsWith("/quantum/jobs?", StringComparison.Ordinal)));
    }
}
