using System.Collections.Concurrent;
using KipuHub.Emulator.Infrastructure;
using KipuHub.Emulator.Persistence;
using KipuHub.Emulator.User;

namespace KipuHub.Emulator.Platform;

/// <summary>
/// Organizations with members and provider tokens. Only members see an organization; maintainers change it and
/// its provider tokens, owners its members; the last owner cannot leave or be demoted (409). Provider tokens are
/// never answered back: only their last four characters.
/// </summary>
public sealed class Organizations(EmulatorOptions options, TimeProvider clock, UserDirectory users, StateLog state)
{
    const string Api = "qc-catalog";
    static readonly string[] Roles = { "VIEWER", "MAINTAINER", "OWNER" };

    /// <summary>The least role a route needs, ranked as <see cref="Roles"/>: a name a typo could make unknown would rank
    /// below every role and let every member through.</summary>
    enum Needs { Viewer, Maintainer, Owner }

    sealed class Organization(string id, string name, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;
        public string Name { get; set; } = name;
        public string? Description { get; set; }
        public DateTimeOffset CreatedAt { get; } = createdAt;
        public ConcurrentDictionary<string, (string Role, DateTimeOffset JoinedAt)> Members { get; init; } = new(StringComparer.Ordinal);

        /// <summary>By provider, upper case.</summary>
        public ConcurrentDictionary<string, (string LastCharacters, DateTimeOffset CreatedAt)> ProviderTokens { get; init; } =
            new(StringComparer.Ordinal);
    }

    readonly DurableMap<Organization> organizations = new(state, "organizations");

    /// <summary>The ids of the organizations a user belongs to.</summary>
    public IEnumerable<string> OrganizationsOf(string userId) => organizations.Values.Where(o => o.Members.ContainsKey(userId)).Select(o =>
        o.Id);

    /// <summary>An organization of this id, made if missing, with the user as a member: for tests and team set-ups that name
    /// their organizations before any request.</summary>
    public void Seed(string id, string userId, string role = "OWNER")
    {
        lock (organizations)
        {
            var organization = organizations.GetValueOrDefault(id) ?? new Organization(id, id, clock.GetUtcNow());
            organization.Members.TryAdd(userId, (role, clock.GetUtcNow()));
            organizations[id] = organization;
        }
    }

    public void Map(RouteGroupBuilder group, OpenApiRegistry registry)
    {
        registry.Map(group, Api, "GET", "/organizations", "getOrganizations", "The organizations the user belongs to", (HttpContext c) =>
            Json(organizations.Values.Where(o => o.Members.ContainsKey(Caller.Of(c).User.Id)).OrderBy(o => o.CreatedAt).Select(o =>
                Wire(c, o)).ToList()));
        registry.Map(group, Api, "GET", "/organizations/{id}", "getOrganization", "An organization the user belongs to",
            (HttpContext c, string id) =>
            With(c, id, Needs.Viewer, o => Json(Wire(c, o))));
        registry.Map(group, Api, "POST", "/organizations", "createOrganization",
            "Create an organization, the user its owner (409 when the name is taken)", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            if (JsonBody.String(body, "name") is not { Length: > 0 } name) return ApiError.Unprocessable(c,
                "An organization needs a name.");
            lock (organizations)
            {
                if (organizations.Values.Any(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase)))
                    return ApiError.Conflict(c, $"An organization named '{name}' exists.");
                var now = clock.GetUtcNow();
                var organization = new Organization("org-" + Guid.NewGuid().ToString("N")[..12], name,
                    now)
                { Description = JsonBody.String(body, "description") };
                organization.Members[Caller.Of(c).User.Id] = ("OWNER", now);
                organizations[organization.Id] = organization;
                return Json(Wire(c, organization), 201);
            }
        });
        registry.Map(group, Api, "PUT", "/organizations/{id}", "updateOrganization",
            "Change an organization's name or description (maintainers)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, id, Needs.Maintainer, o =>
            {
                if (JsonBody.String(body, "name") is { Length: > 0 } name)
                {
                    if (organizations.Values.Any(other => other.Id != o.Id &&
                        string.Equals(other.Name, name, StringComparison.OrdinalIgnoreCase)))
                        return ApiError.Conflict(c, $"An organization named '{name}' exists.");
                    o.Name = name;
                }
                o.Description = JsonBody.String(body, "description") ?? o.Description;
                return Json(Wire(c, o));
            });
        });
        registry.Map(group, Api, "DELETE", "/organizations/{id}", "deleteOrganization", "Delete an organization (owners)",
            (HttpContext c, string id) =>
            With(c, id, Needs.Owner, o => organizations.TryRemove(o.Id, out _) ? Results.NoContent() :
                ApiError.NotFound(c, $"Organization '{id}' not found.")));

        registry.Map(group, Api, "GET", "/organizations/{id}/members", "getOrganizationMembers", "The members and their roles",
            (HttpContext c, string id) =>
            With(c, id, Needs.Viewer, o => Json(o.Members.OrderBy(m => m.Value.JoinedAt).ThenBy(m => m.Key).Select(m =>
                MemberWire(o, m.Key)).ToList())));
        registry.Map(group, Api, "POST", "/organizations/{id}/members", "addOrganizationMember",
            "Add a user with a role (owners; 409 when a member already)", async (HttpContext c, string id) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, id, Needs.Owner, o =>
            {
                if (JsonBody.String(body, "userId") is not { Length: > 0 } userId) return ApiError.Unprocessable(c,
                    "A member needs a userId.");
                if (RoleOf(body) is not { } role) return ApiError.Unprocessable(c,
                    $"'{JsonBody.String(body, "role")}' is not a role: use VIEWER, MAINTAINER or OWNER.");
                if (users.Find(userId) is null) return ApiError.NotFound(c, $"User '{userId}' not found.");
                return o.Members.TryAdd(userId, (role, clock.GetUtcNow()))
                    ? Json(MemberWire(o, userId), 201)
                    : ApiError.Conflict(c, $"User '{userId}' is a member of '{o.Name}' already.");
            });
        });
        registry.Map(group, Api, "PUT", "/organizations/{id}/members/{userId}", "updateOrganizationMember",
            "Change a member's role (owners; the last owner stays one)", async (HttpContext c, string id, string userId) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            return With(c, id, Needs.Owner, o =>
            {
                if (RoleOf(body) is not { } role) return ApiError.Unprocessable(c,
                    $"'{JsonBody.String(body, "role")}' is not a role: use VIEWER, MAINTAINER or OWNER.");
                lock (o)
                {
                    if (!o.Members.TryGetValue(userId, out var member)) return ApiError.NotFound(c,
                        $"User '{userId}' is not a member of '{o.Name}'.");
                    if (role != "OWNER" && IsLastOwner(o, userId)) return ApiError.Conflict(c,
                        $"'{userId}' is the last owner of '{o.Name}': make another member owner first.");
                    o.Members[userId] = (role, member.JoinedAt);
                }
                return Json(MemberWire(o, userId));
            });
        });
        registry.Map(group, Api, "DELETE", "/organizations/{id}/members/{userId}", "removeOrganizationMember",
            "Remove a member (owners, or members themselves; never the last owner)", (HttpContext c, string id, string userId) =>
            With(c, id, userId == Caller.Of(c).User.Id ? Needs.Viewer : Needs.Owner, o =>
            {
                lock (o)
                {
                    if (!o.Members.ContainsKey(userId)) return ApiError.NotFound(c, $"User '{userId}' is not a member of '{o.Name}'.");
                    if (IsLastOwner(o, userId)) return ApiError.Conflict(c,
                        $"'{userId}' is the last owner of '{o.Name}': make another member owner first.");
                    o.Members.TryRemove(userId, out _);
                }
                return Results.NoContent();
            }));

        new ProviderTokenEndpoints(options, clock, "/organizations/{id}/provider-tokens", "", "organizationId")
        {
            Tokens = (c, write) =>
            {
                var id = (string)c.Request.RouteValues["id"]!;
                var (organization, refused) = Member(c, id, write ? Needs.Maintainer : Needs.Viewer);
                return organization is null ? (null, null, refused) : (organization.ProviderTokens, id, null);
            },
        }.Map(group, registry);
    }

    /// <summary>The role of a user in an organization, or null when not a member (or no such organization).</summary>
    public string? RoleIn(string organizationId, string userId) =>
        organizations.TryGetValue(organizationId, out var o) && o.Members.TryGetValue(userId, out var m) ? m.Role : null;

    public string? NameOf(string organizationId) => organizations.TryGetValue(organizationId, out var o) ? o.Name : null;

    /// <summary>Adds a member; false when the user is one already.</summary>
    public bool AddMember(string organizationId, string userId, string role) =>
        organizations.TryGetValue(organizationId, out var o) && o.Members.TryAdd(userId, (role, clock.GetUtcNow()));

    static string? RoleOf(System.Text.Json.Nodes.JsonObject body) =>
        Roles.FirstOrDefault(r => string.Equals(r, JsonBody.String(body, "role") ?? "VIEWER", StringComparison.OrdinalIgnoreCase));

    static bool IsLastOwner(Organization o, string userId) =>
        o.Members.TryGetValue(userId, out var m) && m.Role == "OWNER" && o.Members.Count(x => x.Value.Role == "OWNER") == 1;

    IResult With(HttpContext c, string id, Needs role, Func<Organization, IResult> found)
    {
        var (organization, refused) = Member(c, id, role);
        return organization is null ? refused! : found(organization);
    }

    /// <summary>The organization, if the caller is a member with at least <paramref name="role"/>: 404 for non-members, 403 below the
    /// role.</summary>
    (Organization? Organization, IResult? Error) Member(HttpContext c, string id, Needs role)
    {
        if (!organizations.TryGetValue(id, out var o) || !o.Members.TryGetValue(Caller.Of(c).User.Id, out var member))
            return (null, ApiError.NotFound(c, $"Organization '{id}' not found."));
        return Array.IndexOf(Roles, member.Role) >= (int)role
            ? (o, null)
            : (null, ApiError.Of(c, 403, $"This needs the role {Roles[(int)role]} in '{o.Name}'; you are {member.Role}."));
    }

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static object Wire(HttpContext c, Organization o) => new
    {
        id = o.Id,
        name = o.Name,
        description = o.Description,
        accountType = "BUSINESS",
        role = o.Members.TryGetValue(Caller.Of(c).User.Id, out var m) ? m.Role : null,
        memberCount = o.Members.Count,
        createdAt = o.CreatedAt,
    };

    object MemberWire(Organization o, string userId)
    {
        var (role, joined) = o.Members[userId];
        var user = users.Find(userId)?.User;
        return new { userId, name = user?.Name, email = user?.Email, role, joinedAt = joined, organizationId = o.Id };
    }
}
