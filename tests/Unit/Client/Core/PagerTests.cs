using KipuHub.Client.Core.Paging;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.Core;

public sealed class PagerTests : IAsyncLifetime
{
    RecordingServer server = null!;

    public async Task InitializeAsync() => server = await RecordingServer.StartAsync();
    public async Task DisposeAsync() => await server.DisposeAsync();

    static string Page(int page, int totalPages, params string[] ids) =>
        $$"""{"content":[{{string.Join(",", ids.Select(i => $$"""{"id":"{{i}}","status":"COMPLETED"}"""))}}],"page":{{page}},"size":2,"total_elements":5,"total_pages":{{totalPages}}}""";

    [Fact]
    public async Task The_next_page_is_fetched_only_when_the_consumer_reaches_it()
    {
        server.Enqueue(Reply.Ok(Page(0, 3, "a", "b")), Reply.Ok(Page(1, 3, "c", "d")), Reply.Ok(Page(2, 3, "e")));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 2);
        Assert.Empty(server.Requests);

        Assert.True(await pager.MoveNextAsync());
        Assert.Equal("a", pager.Current.Id);
        Assert.True(await pager.MoveNextAsync());
        Assert.Equal("b", pager.Current.Id);
        Assert.Single(server.Requests);

        Assert.True(await pager.MoveNextAsync());
        Assert.Equal("c", pager.Current.Id);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(new[] { "1" }, server.Last.QueryValues("page"));
        Assert.Equal(new[] { "2" }, server.Last.QueryValues("size"));

        var rest = new List<string>();
        while (await pager.MoveNextAsync()) rest.Add(pager.Current.Id!);
        Assert.Equal(new[] { "d", "e" }, rest);
        Assert.Equal(3, server.Requests.Count);
        Assert.Equal(5, pager.TotalElements);
    }

    [Fact]
    public async Task The_last_flag_ends_the_listing_without_total_pages()
    {
        server.Enqueue(Reply.Ok("""{"content":[{"id":"a"}],"last":true}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 1);
        Assert.True(await pager.MoveNextAsync());
        Assert.False(await pager.MoveNextAsync());
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_short_page_ends_a_listing_that_reports_nothing_else()
    {
        server.Enqueue(Reply.Ok("""{"content":[{"id":"a"},{"id":"b"}]}"""), Reply.Ok("""{"content":[{"id":"c"}]}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Workloads.ListWorkloads(pageSize: 2);
        var ids = new List<string>();
        while (await pager.MoveNextAsync()) ids.Add(pager.Current.Id!);
        Assert.Equal(new[] { "a", "b", "c" }, ids);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public void Paging_arguments_are_validated_with_what_is_wrong()
    {
        var size = Assert.Throws<ArgumentOutOfRangeException>(() => new Pager<int>((_, _, _) => Task.FromResult(new PageResponse<int>()), 0));
        Assert.Equal("pageSize", size.ParamName);
        Assert.StartsWith("The page size must be at least 1.", size.Message);
        var first = Assert.Throws<ArgumentOutOfRangeException>(() => new Pager<int>((_, _, _) => Task.FromResult(new PageResponse<int>()), 10, -1));
        Assert.Equal("firstPage", first.ParamName);
        Assert.StartsWith("Pages are zero-based.", first.Message);
    }

    [Fact]
    public async Task Current_before_the_first_move_says_to_move_first()
    {
        server.Enqueue(Reply.Ok("""{"content":[{"id":"a"}],"last":true}"""));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 1);
        var early = Assert.Throws<InvalidOperationException>(() => pager.Current);
        Assert.Equal("Call MoveNextAsync first.", early.Message);
        Assert.True(await pager.MoveNextAsync());
        Assert.Equal("a", pager.Current.Id);
    }

    [Fact]
    public async Task Pages_fetched_are_counted_and_the_latest_announced_total_is_kept_when_a_page_announces_none()
    {
        static string Announcing(int page, long? total, bool last, string id) =>
            $$"""{"content":[{"id":"{{id}}"}],"page":{{page}}{{(total is null ? "" : ",\"total_elements\":" + total)}},"last":{{(last ? "true" : "false")}}}""";
        server.Enqueue(Reply.Ok(Announcing(0, 5, false, "a")), Reply.Ok(Announcing(1, 6, false, "b")), Reply.Ok(Announcing(2, null, true, "c")));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 1);

        Assert.True(await pager.MoveNextAsync());
        Assert.Equal((1, 5L), (pager.PagesFetched, pager.TotalElements));
        Assert.True(await pager.MoveNextAsync());
        Assert.Equal((2, 6L), (pager.PagesFetched, pager.TotalElements));
        Assert.True(await pager.MoveNextAsync());
        Assert.Equal((3, 6L), (pager.PagesFetched, pager.TotalElements));
        Assert.False(await pager.MoveNextAsync());
        Assert.Equal(3, pager.PagesFetched);
    }

    static string Endless(string? page, long? total, params string[] ids) =>
        $$"""{"content":[{{string.Join(",", ids.Select(i => $$"""{"id":"{{i}}","status":"COMPLETED"}"""))}}]{{(page is null ? "" : ",\"page\":" + page)}}{{(total is null ? "" : ",\"total_elements\":" + total)}},"last":false}""";

    public static TheoryData<string, string[], string> Loops => new()
    {
        // A server that says "more" for ever: with empty pages, with the same page again, with page 0 whatever is asked, past its total.
        { "empty", new[] { "a", "b" }, "that page was empty." },
        { "same", new[] { "a", "b" }, "it sent the same page again." },
        { "page-zero", new[] { "a", "b" }, "it answered page 0 when asked for page 1." },
        { "past-total", new[] { "a", "b", "c", "d" }, "all 4 items it announced were listed." },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task A_server_that_says_more_for_ever_ends_the_listing_with_a_reason(string loop, string[] expected, string reason)
    {
        var served = 0;
        server.Fallback = request =>
        {
            var page = int.Parse(request.QueryValues("page").Single(), System.Globalization.CultureInfo.InvariantCulture);
            served++;
            return Reply.Ok(loop switch
            {
                "empty" => page == 0 ? Endless("0", null, "a", "b") : Endless(page.ToString(System.Globalization.CultureInfo.InvariantCulture), null),
                "same" => Endless(null, null, "a", "b"),
                "page-zero" => Endless("0", null, $"x{page}", $"y{page}").Replace("x0", "a").Replace("y0", "b"),
                _ => Endless(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 4, $"{(char)('a' + 2 * page)}", $"{(char)('b' + 2 * page)}"),
            });
        };
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 2);

        var ids = new List<string>();
        while (await pager.MoveNextAsync()) ids.Add(pager.Current.Id!);

        Assert.Equal(expected, ids);
        Assert.Equal(2, served);
        Assert.Equal("The listing stopped after page 1 though the Hub said more pages follow: " + reason, pager.StoppedEarly);
        Assert.False(pager.HasMore);
    }

    [Fact]
    public async Task A_listing_that_ends_as_the_server_says_has_no_reason_to_tell()
    {
        server.Enqueue(Reply.Ok(Page(0, 3, "a", "b")), Reply.Ok(Page(1, 3, "c", "d")), Reply.Ok(Page(2, 3, "e")));
        using var client = TestClients.Quantum(server.BaseUrl);
        var pager = client.Jobs.ListJobs(pageSize: 2);
        while (await pager.MoveNextAsync()) { }
        Assert.Null(pager.StoppedEarly);
        Assert.Equal(3, server.Requests.Count);
    }
}
