using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.Platform;

/// <summary>The Platform API under /qc-catalog; for now the principal behind a token (authorize).</summary>
public sealed class PlatformApi
{
    const string Api = "qc-catalog";

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var group = app.MapGroup("/qc-catalog");
        registry.MapDocs(group, Api, "Platform API (KipuHub emulator)");
        registry.Map(group, Api, "POST", "/authorize", "authorize", "The principal authenticated by the token", (HttpContext c) =>
        {
            var caller = Caller.Of(c);
            return Results.Json(new { type = "PERSONAL_ACCESS_TOKEN", userId = caller.User.Id, email = caller.User.Email, organizationId = caller.OrganizationId }, EmulatorJson.CamelCase);
        });
    }
}
