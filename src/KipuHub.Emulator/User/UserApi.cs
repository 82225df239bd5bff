using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.User;

/// <summary>The User API under /user-service: the current user and personal access tokens.</summary>
public sealed class UserApi(EmulatorOptions options, TimeProvider clock)
{
    const string Api = "user-service";
    readonly DateTimeOffset started = clock.GetUtcNow();

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var group = app.MapGroup("/user-service");
        registry.MapDocs(group, Api, "User API (KipuHub emulator)");
        registry.Map(group, Api, "GET", "/me", "getCurrentUser", "The authenticated user", (HttpContext c) =>
            Results.Json(UserWire(Caller.Of(c).User), EmulatorJson.CamelCase));
        registry.Map(group, Api, "PUT", "/me", "updateCurrentUser", "Update the authenticated user", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var caller = Caller.Of(c);
            var updated = caller.User with { Name = JsonBody.String(body, "name") ?? caller.User.Name };
            foreach (var pair in options.Tokens.Where(t => t.Value.Id == caller.User.Id).ToList())
                options.Tokens[pair.Key] = updated;
            return Results.Json(UserWire(updated), EmulatorJson.CamelCase);
        });
        registry.Map(group, Api, "GET", "/me/personal-access-tokens", "getPersonalAccessTokens", "The user's personal access tokens (never their values)", (HttpContext c) =>
        {
            var user = Caller.Of(c).User;
            var list = options.Tokens.Where(t => t.Value.Id == user.Id)
                .Select((t, i) => new { id = $"pat-{i + 1}", name = i == 0 ? "emulator default" : $"token {i + 1}", createdAt = started, expiresAt = (DateTimeOffset?)null, lastCharacters = t.Key[^4..] })
                .ToList();
            return Results.Json(list, EmulatorJson.CamelCase);
        });
    }

    static object UserWire(EmulatorUser user) => new { id = user.Id, email = user.Email, name = user.Name, username = user.Email.Split('@')[0] };
}
