using System.Collections.Concurrent;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;
using KipuHub.Emulator.User;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// The Platform API's users namespace: the caller's account, their own providers' tokens, and invitations to
/// organizations. An owner invites an email address; the user with that address accepts (and becomes a member
/// with the role) or declines; the owner may revoke. A second pending invitation, or one for a member, is 409.
/// </summary>
public sealed class Users(EmulatorOptions options, TimeProvider clock, UserDirectory directory, Organizations organizations,
    StateLog state)
{
    const string Api = "qc-catalog";
    static readonly string[] Roles = { "VIEWER", "MAINTAINER", "OWNER" };
    readonly DurableMap<ConcurrentDictionary<string, (string LastCharacters, DateTimeOffset CreatedAt)>> tokens =
        new(state, "user-provider-tokens");
    readonly DurableMap<Invitation> invitations = new(state, "invitations");

    sealed record Invitation(string Id, string OrganizationId, string Email, string Role, string InvitedBy, DateTimeOffset CreatedAt)
    {
        public string Status { get; set; } = "PENDING";
    }

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/users/me/account", "getAccount", "The caller's account", (HttpContext c) =>
        {
            var user = Caller.Of(c).User;
            return Json(new
            {
                userId = user.Id,
                email = user.Email,
                name = user.Name,
                accountType = "PRO",
                organizationIds = organizations.OrganizationsOf(user.Id).ToList(),
                createdAt = directory.Of(user).CreatedAt,
            });
        });
        new ProviderTokenEndpoints(options, clock, "/users/me/provider-tokens", "User", null)
        {
            Tokens = (c, _) => (tokens.GetOrAdd(Caller.Of(c).User.Id, _ => new(StringComparer.OrdinalIgnoreCase)), null, null),
        }.Map(group, registry);

        registry.Map(group, Api, "GET", "/users/invitations", "getInvitations",
            "Invitations to the caller, and those of organizations the caller owns", (HttpContext c) =>
        {
            var user = Caller.Of(c).User;
            return Json(invitations.Values.Where(i => IsInvitee(user, i) || organizations.RoleIn(i.OrganizationId, user.Id) == "OWNER")
                .OrderBy(i => i.CreatedAt).Select(Wire).ToList());
        });
        registry.Map(group, Api, "POST", "/users/invitations", "createInvitation",
            "Invite an email address into an organization the caller owns", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var user = Caller.Of(c).User;
            if (JsonBody.String(body, "organizationId") is not { Length: > 0 } organization) return ApiError.Unprocessable(c,
                "An invitation needs the organizationId.");
            if (JsonBody.String(body, "email", EmailAddress.MaxLength) is not { } email || !EmailAddress.IsValid(email))
                return ApiError.Unprocessable(c, $"'{JsonBody.String(body, "email")}' is not an email address.");
            var role = (JsonBody.String(body, "role") ?? "VIEWER").ToUpperInvariant();
            if (!Roles.Contains(role)) return ApiError.Unprocessable(c, $"'{role}' is not a role: use VIEWER, MAINTAINER or OWNER.");
            switch (organizations.RoleIn(organization, user.Id))
            {
                case null: return ApiError.NotFound(c, $"Organization '{organization}' not found.");
                case not "OWNER": return ApiError.Of(c, 403, "Only owners invite into an organization.");
            }
            lock (invitations)
            {
                if (directory.All.FirstOrDefault(p => Same(p.User.Email, email)) is { } invitee &&
                    organizations.RoleIn(organization, invitee.User.Id) is not null)
                    return ApiError.Conflict(c, $"{email} is a member of '{organizations.NameOf(organization)}' already.");
                if (invitations.Values.Any(i => i.OrganizationId == organization && Same(i.Email, email) && i.Status == "PENDING"))
                    return ApiError.Conflict(c, $"{email} has a pending invitation to '{organizations.NameOf(organization)}' already.");
                var invitation = new Invitation(Guid.NewGuid().ToString(), organization, email, role, user.Id, clock.GetUtcNow());
                invitations[invitation.Id] = invitation;
                return Json(Wire(invitation), 201);
            }
        });
        registry.Map(group, Api, "POST", "/users/invitations/{id}/accept", "acceptInvitation",
            "Accept an invitation to the caller: they become a member", (HttpContext c, string id) =>
        {
            var user = Caller.Of(c).User;
            if (!invitations.TryGetValue(id, out var invitation) || !IsInvitee(user, invitation)) return ApiError.NotFound(c,
                $"Invitation '{id}' not found.");
            lock (invitation)
            {
                if (invitation.Status != "PENDING") return ApiError.Conflict(c, $"Invitation '{id}' is {invitation.Status} already.");
                if (!organizations.AddMember(invitation.OrganizationId, user.Id, invitation.Role))
                    return ApiError.Conflict(c, $"You are a member of '{organizations.NameOf(invitation.OrganizationId)}' already.");
                invitation.Status = "ACCEPTED";
            }
            return Json(Wire(invitation));
        }, bodyType: "");
        registry.Map(group, Api, "DELETE", "/users/invitations/{id}", "deleteInvitation",
            "Decline (the invitee) or revoke (an owner) an invitation", (HttpContext c, string id) =>
        {
            var user = Caller.Of(c).User;
            return invitations.TryGetValue(id, out var invitation) && (IsInvitee(user, invitation) ||
                organizations.RoleIn(invitation.OrganizationId, user.Id) == "OWNER")
                && invitations.TryRemove(id, out _)
                ? Results.NoContent()
                : ApiError.NotFound(c, $"Invitation '{id}' not found.");
        });
    }

    static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    static bool IsInvitee(EmulatorUser user, Invitation invitation) => Same(user.Email, invitation.Email);

    object Wire(Invitation i) => new
    {
        id = i.Id,
        organizationId = i.OrganizationId,
        organizationName = organizations.NameOf(i.OrganizationId),
        email = i.Email,
        role = i.Role,
        status = i.Status,
        invitedBy = i.InvitedBy,
        createdAt = i.CreatedAt,
    };

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);
}
