namespace KipuHub.Emulator.Infrastructure;

/// <summary>Who is calling and in which context: an organization's data is invisible to every other context.</summary>
public sealed record Caller(EmulatorUser User, string? OrganizationId)
{
    /// <summary>The key data is stored under: "org:{id}" or "user:{id}" for the personal context.</summary>
    public string Owner => OrganizationId is null ? "user:" + User.Id : "org:" + OrganizationId;

    public static Caller Of(HttpContext context) =>
        context.Items[nameof(Caller)] as Caller ?? throw new InvalidOperationException("The request was not authenticated.");
}
