namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// X-Auth-Token on the Quantum, Platform and User APIs and on the control endpoints; X-OrganizationId scopes
/// the data of the Quantum and Platform APIs, and only a member of the organization may send it there (403 otherwise, as
/// the Hub answers a context that is not yours). The control endpoints answer the dev token's user or the --control-token
/// only: they reach every user's data. The gateway authenticates its own bearer tokens (GatewayEndpoints). /docs is public, as on the Hub.
/// </summary>
public sealed class AuthMiddleware(RequestDelegate next, User.UserDirectory users, Platform.Organizations organizations,
    EmulatorOptions options)
{
    const string Control = "/_emulator";

    static readonly string[] TokenApis = { "/quantum", "/qc-catalog", "/user-service", "/_emulator" };

    // What X-OrganizationId scopes: the Quantum and Platform APIs' data. Not the control endpoints, not who the caller is (the
    // User API), and not the organizations themselves, which are named in the path and answer 404 to a non-member.
    static bool IsOrganizationScoped(PathString path) =>
        (path.StartsWithSegments("/quantum") || path.StartsWithSegments("/qc-catalog")) &&
        !path.StartsWithSegments("/qc-catalog/organizations");

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var api = TokenApis.FirstOrDefault(a => path.StartsWithSegments(a));
        if (api is null || path.StartsWithSegments(api + "/docs"))
        {
            await next(context);
            return;
        }
        var token = context.Request.Headers["X-Auth-Token"].ToString();
        if (api == Control && options.ControlToken is { } control && !string.IsNullOrEmpty(token))
        {
            if (string.Equals(token, control, StringComparison.Ordinal)) await next(context);
            else await ApiError.WriteAsync(context, 403, "The control endpoints answer the token given with --control-token only.");
            return;
        }
        if (options.RefusesDevToken && token == EmulatorOptions.DevToken)
        {
            await ApiError.WriteAsync(context, 401, "The published dev token is refused by an emulator reachable from other machines " +
                "(--allow-remote): use a token given with --token or --user.");
            return;
        }
        if (string.IsNullOrEmpty(token) || users.Authenticate(token) is not { } user)
        {
            var message = string.IsNullOrEmpty(token)
                ? "Missing X-Auth-Token header."
                : "The token is not valid.";
            await ApiError.WriteAsync(context, 401, message);
            return;
        }
        if (api == Control && user.Id != EmulatorOptions.DevUserId)
        {
            await ApiError.WriteAsync(context, 403, "The control endpoints answer the emulator's operator only: the dev token's user, " +
                "or the token given with --control-token.");
            return;
        }
        var organization = context.Request.Headers["X-OrganizationId"].ToString().Trim();
        if (organization.Length > 0 && IsOrganizationScoped(path) && organizations.RoleIn(organization, user.Id) is null)
        {
            await ApiError.WriteAsync(context, 403, $"You are not a member of organization '{organization}': authenticated but not " +
                "permitted.");
            return;
        }
        context.Items[nameof(Caller)] = new Caller(user, organization.Length == 0 ? null : organization);
        await next(context);
    }
}
