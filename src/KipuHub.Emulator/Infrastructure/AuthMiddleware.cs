namespace KipuHub.Emulator.Infrastructure;

/// <summary>
/// X-Auth-Token on the Quantum, Platform and User APIs and on the control endpoints; X-OrganizationId scopes
/// the data. The gateway authenticates its own bearer tokens (GatewayEndpoints). /docs is public, as on the Hub.
/// </summary>
public sealed class AuthMiddleware(RequestDelegate next, User.UserDirectory users)
{
    static readonly string[] TokenApis = { "/quantum", "/qc-catalog", "/user-service", "/_emulator" };

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
        if (string.IsNullOrEmpty(token) || users.Authenticate(token) is not { } user)
        {
            var message = string.IsNullOrEmpty(token)
                ? "Missing X-Auth-Token header."
                : "The token is not valid.";
            await ApiError.WriteAsync(context, 401, message);
            return;
        }
        var organization = context.Request.Headers["X-OrganizationId"].ToString();
        context.Items[nameof(Caller)] = new Caller(user, string.IsNullOrWhiteSpace(organization) ? null : organization.Trim());
        await next(context);
    }
}
