using System.Text.RegularExpressions;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Quantum.Models;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

/// <summary>
/// A create whose answer was lost is looked for by its request tag, spaced out and for a bounded while, and said so in the log;
/// only when nothing is found is the outcome reported unknown, with what to look for.
/// </summary>
public sealed class ExactlyOnceCreateTests : IAsyncLifetime
{
    static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoHeaders = new Dictionary<string, IReadOnlyList<string>>();
    RecordingServer server = null!;
    readonly List<HubLogEntry> lines = new();

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    static CreateJobRequest AJob() => new() { BackendId = "aws.sim.sv1", Shots = 1, Input = JobInput.FromJson("{}") };

    string? SentTag => server.Requests.Where(r => r.Method == "POST").Select(r => Regex.Match(r.Body, "kqh-request:[0-9a-f]{32}"))
        .Select(m => m.Success ? m.Value : null).FirstOrDefault();

    int Lookups => server.Requests.Count(r => r.Method == "GET" && r.Path == "/quantum/jobs");

    string Log => string.Join("\n", lines.Select(l => l.Message));

    [Fact]
    public void A_request_tag_is_the_prefix_and_a_fresh_guid()
    {
        var tag = ExactlyOnceCreate.NewTag();
        Assert.Matches("^kqh-request:[0-9a-f]{32}$", tag);
        Assert.NotEqual(tag, ExactlyOnceCreate.NewTag());
    }

    [Fact]
    public void Only_a_failure_that_may_have_created_leaves_the_outcome_unknown()
    {
        Assert.True(ExactlyOnceCreate.OutcomeUnknown(new HubApiException("x", 500, NoHeaders, "")));
        Assert.False(ExactlyOnceCreate.OutcomeUnknown(new HubApiException("x", 499, NoHeaders, "")));
        Assert.True(ExactlyOnceCreate.OutcomeUnknown(new HubApiException("x", 503, NoHeaders, "")));
        var refused = new Dictionary<string, IReadOnlyList<string>> { ["Retry-After"] = new[] { "1" } };
        Assert.False(ExactlyOnceCreate.OutcomeUnknown(new HubApiException("x", 503, refused, "")));
        Assert.True(ExactlyOnceCreate.OutcomeUnknown(new HubApiException("x", 502, refused, "")));
        Assert.False(ExactlyOnceCreate.OutcomeUnknown(new InvalidOperationException("a bug of ours, not the Hub's")));
    }

    [Fact]
    public async Task A_lost_answer_is_found_by_its_tag_through_a_failed_lookup_and_an_empty_one_and_is_the_answer()
    {
        var lookups = 0;
        server.Fallback = request => request.Method == "POST"
            ? Reply.WithStatus(502)
            : ++lookups switch
            {
                1 => Reply.WithStatus(500, """{"message":"still struggling"}"""),
                2 => Reply.Ok("""{"content":[],"last":true}"""),
                _ => Reply.Ok($$"""{"content":[{"id":"other"},{"id":"found","tags":["{{SentTag}}"]}],"last":true}"""),
            };
        using var client = TestClients.Quantum(server.BaseUrl, o => { o.MaxRetries = 0; o.Logger = lines.Add; });

        var job = await client.Jobs.CreateJobAsync(AJob());

        Assert.Equal("found", job.Id);
        Assert.Single(server.Requests, r => r.Method == "POST");
        Assert.Equal(3, Lookups);
        Assert.Contains($"The answer to the job create was lost (HubApiException); looking for request tag {SentTag}.", Log);
        Assert.Contains($"Looking for request tag {SentTag} failed: ", Log);
        Assert.Contains($"Found the job created by this request (tag {SentTag}): it was created once, and is returned as the answer.", Log);
    }

    /// <summary>
    /// Lookups start at once and are spaced 0.25, 0.5, then 1 s apart: within 4.5 s at most six, however fast the machine, and
    /// fewer only when it is slow. A loop without pauses would make hundreds.
    /// </summary>
    [Fact]
    public async Task Nothing_found_within_the_wait_is_an_unknown_outcome_naming_the_tag_after_a_few_spaced_lookups()
    {
        server.Fallback = request => request.Method == "POST" ? Reply.WithStatus(502) : Reply.Ok("""{"content":[],"last":true}""");
        using var client = TestClients.Quantum(server.BaseUrl, o => { o.CreateRecoveryWait = TimeSpan.FromSeconds(4.5); o.Logger = lines.Add; });

        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));

        Assert.InRange(Lookups, 1, 6);
        Assert.StartsWith("The Hub may or may not have created the job: ", error.Message);
        Assert.EndsWith($"No job with the request tag {SentTag} appeared within 4.5 s. Look for that tag (Get-QHubJob / Get-QHubSession, " +
            "property Tags) before submitting again, so as not to pay twice.", error.Message);
        Assert.Equal(SentTag, error.RequestTag);
        Assert.Equal(502, Assert.IsType<HubApiException>(error.InnerException).StatusCode);
    }

    [Fact]
    public async Task An_untagged_create_whose_answer_was_lost_says_to_list_before_submitting_again()
    {
        server.Fallback = _ => Reply.WithStatus(502);
        using var client = TestClients.Quantum(server.BaseUrl, o => o.TagCreateRequests = false);

        var error = await Assert.ThrowsAsync<RequestOutcomeUnknownException>(() => client.Jobs.CreateJobAsync(AJob()));

        Assert.StartsWith("The Hub may or may not have created the job: ", error.Message);
        Assert.EndsWith("It carried no request tag to look for; list your jobs (Get-QHubJob, Get-QHubSession) before submitting again.",
            error.Message);
        Assert.Null(error.RequestTag);
        Assert.Equal(0, Lookups);
    }
}
