using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.User;
using KipuHub.Client.User.Models;
using KipuHub.Emulator;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Client.User;

/// <summary>HubUserClient against the emulator's User API, over real HTTP.</summary>
public sealed class UserClientTests : EmulatorFixture
{
    HubUserClient User(string token = EmulatorOptions.DevToken, List<HubLogEntry>? log = null) =>
        new(Options(token: token, configure: o => o.Logger = log is null ? null : log.Add));

    [Fact]
    public async Task The_current_user_updates_their_profile_and_image()
    {
        using var user = User();
        var updated = await user.UpdateCurrentUserAsync(new UpdateUserRequest { CurrentPosition = "Researcher", Homepage = "https://example.org" });
        Assert.Equal("Researcher", updated.CurrentPosition);
        Assert.Equal("https://example.org", (await user.GetCurrentUserAsync()).Homepage);

        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 1, 2, 3 };
        await user.UpdateCurrentUserProfileImageAsync(() => new MemoryStream(png), "me.png", "image/png");
        var url = await user.GetUserProfileImageAsync("user-dev");
        using var http = Http();
        Assert.Equal(png, await http.GetByteArrayAsync(url));
        await Assert.ThrowsAsync<UnsupportedMediaTypeException>(() => user.UpdateCurrentUserProfileImageAsync(() => new MemoryStream(png), "me.txt", "text/plain"));
        await Assert.ThrowsAsync<ContentTooLargeException>(() => user.UpdateCurrentUserProfileImageAsync(() => new MemoryStream(new byte[2 * 1024 * 1024]), "big.png", "image/png"));
        await user.DeleteCurrentUserProfileImageAsync();
        await Assert.ThrowsAsync<NotFoundException>(() => user.GetUserProfileImageAsync("user-dev"));
    }

    [Fact]
    public async Task A_new_token_works_at_once_is_never_logged_and_stops_when_deleted()
    {
        var log = new List<HubLogEntry>();
        using var user = User(log: log);
        var created = await user.CreatePersonalAccessTokenAsync(new CreateAccessTokenRequest { Name = "ci", ExpiresAt = DateTimeOffset.UtcNow.AddDays(30) });
        Assert.False(string.IsNullOrEmpty(created.Token));
        Assert.All(log, line => Assert.DoesNotContain(created.Token!, line.Message));
        Assert.Contains(await user.GetPersonalAccessTokensAsync(), t => t.Id == created.Id && t.Token is null);

        using (var withNew = User(created.Token!))
            Assert.Equal("user-dev", (await withNew.GetCurrentUserAsync()).Id);
        await user.DeletePersonalAccessTokenAsync(created.Id!);
        using (var withDeleted = User(created.Token!))
            await Assert.ThrowsAsync<UnauthorizedException>(() => withDeleted.GetCurrentUserAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => user.DeletePersonalAccessTokenAsync(created.Id!));
    }

    [Fact]
    public async Task Regenerating_the_default_token_ends_the_old_one()
    {
        using var second = User("second-user-token-000000");
        var fresh = await second.RegenerateDefaultPersonalAccessTokenAsync();
        Assert.True(fresh.IsDefault);
        await Assert.ThrowsAsync<UnauthorizedException>(() => second.GetCurrentUserAsync());
        using var renewed = User(fresh.Token!);
        Assert.Equal("user-2", (await renewed.GetCurrentUserAsync()).Id);
    }

    [Fact]
    public async Task Other_users_are_found_by_id_existence_search_and_registration()
    {
        using var user = User();
        Assert.Equal("Ada Lovelace", (await user.GetUserByIdAsync("user-ada")).Name);
        Assert.True(await user.CheckUserExistsAsync("user-ada"));
        Assert.False(await user.CheckUserExistsAsync("nobody"));
        await Assert.ThrowsAsync<NotFoundException>(() => user.GetUserByIdAsync("nobody"));
        var found = new List<UserInfo>();
        var pager = user.SearchUsers("a", pageSize: 2);
        while (await pager.MoveNextAsync()) found.Add(pager.Current);
        Assert.Contains(found, u => u.Id == "user-alan");
        Assert.True(pager.PagesFetched >= 2);
        Assert.Equal("REGISTERED", (await user.GetUserRegistrationStatusAsync("grace@emulator.local")).Status);
        Assert.Equal("NOT_REGISTERED", (await user.GetUserRegistrationStatusAsync("nobody@example.org")).Status);
        Assert.Equal("PERSONAL_ACCESS_TOKEN", (await user.AuthorizeByPersonalAccessTokenAsync()).Type);
    }

    [Fact]
    public async Task Every_operation_puts_its_documented_method_and_path_on_the_wire()
    {
        await using var server = await RecordingServer.StartAsync();
        server.Fallback = r => r.Path.EndsWith("personal-access-tokens") && r.Method == "GET" ? Reply.Ok("""{"accessTokens":[{"id":"t","name":"n"}]}""")
            : r.Path.Contains("search") ? Reply.Ok("""{"content":[],"page":0,"size":5,"totalElements":0,"totalPages":0}""")
            : Reply.Ok("""{"id":"x","url":"u","status":"REGISTERED","token":"secret-value-123"}""");
        using var user = new HubUserClient(TestClients.Options(server.BaseUrl, o => o.BaseUrl = new Uri(server.BaseUrl, "user-service")));
        await user.GetCurrentUserAsync();
        await user.UpdateCurrentUserAsync(new UpdateUserRequest { About = "hi" });
        await user.DeleteCurrentUserAsync();
        await user.UpdateCurrentUserProfileImageAsync(() => new MemoryStream(new byte[] { 1 }), "a.png", "image/png");
        await user.DeleteCurrentUserProfileImageAsync();
        await user.GetPersonalAccessTokensAsync();
        await user.CreatePersonalAccessTokenAsync(new CreateAccessTokenRequest { Name = "n" });
        await user.DeletePersonalAccessTokenAsync("t 1");
        await user.RegenerateDefaultPersonalAccessTokenAsync();
        await user.AuthorizeByPersonalAccessTokenAsync();
        await user.GetUserByIdAsync("u1");
        await user.CheckUserExistsAsync("u1");
        await user.GetUserProfileImageAsync("u1");
        await user.GetUserRegistrationStatusAsync("a@b.c");
        await user.SearchUsersAsync("ada", 0, 5);

        // The same order as the route table, each template filled with the values above.
        var expected = UserRoutes.All.Select(r => $"{r.Method} /user-service/{(r == UserRoutes.DeletePersonalAccessToken ? r.Template.Replace("{id}", "t%201") : r.Template.Replace("{id}", "u1"))}").ToList();
        var sent = server.Requests.Select(r => $"{r.Method} {r.RawTarget.Split('?')[0]}").ToList();
        Assert.Equal(expected, sent);
        Assert.All(server.Requests, r => Assert.Equal(TestClients.Token, r.Header("X-Auth-Token")));
        Assert.Contains("multipart/form-data", server.Requests[3].Header("Content-Type"));
        Assert.Equal("""{"about":"hi"}""", server.Requests[1].Body);
        Assert.Equal(new[] { "a@b.c" }, server.Requests[13].QueryValues("email"));
        Assert.Equal(new[] { "ada" }, server.Requests[14].QueryValues("query"));
    }
}
