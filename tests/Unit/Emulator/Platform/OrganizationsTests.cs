using System.Net;
using System.Text.Json.Nodes;
using KipuHub.Tests.Unit.Support;

namespace KipuHub.Tests.Unit.Emulator.Platform;

/// <summary>
/// Membership as the emulator decides it, on the wire: who may read, change, delete and manage members by role, the names and
/// roles it refuses, the last owner it keeps, and what a member sees of an organization.
/// </summary>
public sealed class OrganizationsTests : EmulatorFixture
{
    const string Second = "second-user-token-000000";
    const string SecondId = "user-2";

    const string Api = "qc-catalog/";

    static Task<(HttpStatusCode Status, JsonNode? Body)> SendAsync(HttpClient http, HttpMethod method, string path, object? body = null) =>
        RawJson.SendAsync(http, method, Api + path, body);

    static Task<string> RefusalAsync(HttpClient http, HttpMethod method, string path, object? body, HttpStatusCode status) =>
        RawJson.RefusalAsync(http, method, Api + path, body, status);

    async Task<string> CreateAsync(HttpClient http, string name, string? description = null)
    {
        var (status, body) = await SendAsync(http, HttpMethod.Post, "organizations", new { name, description });
        Assert.Equal(HttpStatusCode.Created, status);
        return body!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task A_new_organization_needs_a_free_name_and_its_creator_is_its_owner()
    {
        using var owner = Http();
        Assert.Equal("An organization needs a name.", await RefusalAsync(owner, HttpMethod.Post, "organizations", new { name = "" },
            HttpStatusCode.UnprocessableEntity));
        var id = await CreateAsync(owner, "Quantum Ops", "the ops team");
        Assert.Matches("^org-[0-9a-f]{12}$", id);
        Assert.Equal("An organization named 'QUANTUM OPS' exists.", await RefusalAsync(owner, HttpMethod.Post, "organizations",
            new { name = "QUANTUM OPS" }, HttpStatusCode.Conflict));

        var (_, wire) = await SendAsync(owner, HttpMethod.Get, $"organizations/{id}");
        Assert.Equal((id, "Quantum Ops", "the ops team", "BUSINESS", "OWNER", 1), (wire!["id"]!.GetValue<string>(),
            wire["name"]!.GetValue<string>(), wire["description"]!.GetValue<string>(), wire["accountType"]!.GetValue<string>(),
            wire["role"]!.GetValue<string>(), wire["memberCount"]!.GetValue<int>()));
        var (_, listed) = await SendAsync(owner, HttpMethod.Get, "organizations");
        Assert.Contains(listed!.AsArray(), o => o!["id"]!.GetValue<string>() == id);
        using var outsider = Http(Second);
        Assert.DoesNotContain((await SendAsync(outsider, HttpMethod.Get, "organizations")).Body!.AsArray(),
            o => o!["id"]!.GetValue<string>() == id);
        Assert.Equal($"Organization '{id}' not found.", await RefusalAsync(outsider, HttpMethod.Get, $"organizations/{id}", null,
            HttpStatusCode.NotFound));
    }

    [Fact]
    public async Task Each_role_does_what_it_may_and_is_told_which_role_it_lacks()
    {
        using var owner = Http();
        using var member = Http(Second);
        var id = await CreateAsync(owner, "Roles Inc", "kept");
        var (added, _) = await SendAsync(owner, HttpMethod.Post, $"organizations/{id}/members", new { userId = SecondId });
        Assert.Equal(HttpStatusCode.Created, added);

        Assert.Equal("VIEWER", (await SendAsync(member, HttpMethod.Get, $"organizations/{id}")).Body!["role"]!.GetValue<string>());
        Assert.Equal("This needs the role MAINTAINER in 'Roles Inc'; you are VIEWER.", await RefusalAsync(member, HttpMethod.Put,
            $"organizations/{id}", new { name = "Taken Over" }, HttpStatusCode.Forbidden));

        var (_, promoted) = await SendAsync(owner, HttpMethod.Put, $"organizations/{id}/members/{SecondId}", new { role = "maintainer" });
        Assert.Equal("MAINTAINER", promoted!["role"]!.GetValue<string>());
        var (renamed, wire) = await SendAsync(member, HttpMethod.Put, $"organizations/{id}", new { name = "roles inc." });
        Assert.Equal(HttpStatusCode.OK, renamed);
        Assert.Equal(("roles inc.", "kept"), (wire!["name"]!.GetValue<string>(), wire["description"]!.GetValue<string>()));
        await CreateAsync(owner, "Other Org");
        Assert.Equal("An organization named 'other org' exists.", await RefusalAsync(member, HttpMethod.Put, $"organizations/{id}",
            new { name = "other org" }, HttpStatusCode.Conflict));
        Assert.Equal("This needs the role OWNER in 'roles inc.'; you are MAINTAINER.", await RefusalAsync(member, HttpMethod.Delete,
            $"organizations/{id}", null, HttpStatusCode.Forbidden));

        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(owner, HttpMethod.Delete, $"organizations/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(owner, HttpMethod.Get, $"organizations/{id}")).Status);
    }

    [Fact]
    public async Task Members_are_added_by_known_id_and_valid_role_once_listed_by_joining_and_the_last_owner_stays()
    {
        using var owner = Http();
        var id = await CreateAsync(owner, "Members Ltd");
        var members = $"organizations/{id}/members";
        Assert.Equal("A member needs a userId.", await RefusalAsync(owner, HttpMethod.Post, members, new { role = "VIEWER" },
            HttpStatusCode.UnprocessableEntity));
        Assert.Equal("'boss' is not a role: use VIEWER, MAINTAINER or OWNER.", await RefusalAsync(owner, HttpMethod.Post, members,
            new { userId = SecondId, role = "boss" }, HttpStatusCode.UnprocessableEntity));
        Assert.Equal("User 'user-nobody' not found.", await RefusalAsync(owner, HttpMethod.Post, members, new { userId = "user-nobody" },
            HttpStatusCode.NotFound));

        var (_, added) = await SendAsync(owner, HttpMethod.Post, members, new { userId = SecondId, role = "owner" });
        Assert.Equal((SecondId, "OWNER", "Second User", "second@emulator.local", id), (added!["userId"]!.GetValue<string>(),
            added["role"]!.GetValue<string>(), added["name"]!.GetValue<string>(), added["email"]!.GetValue<string>(),
            added["organizationId"]!.GetValue<string>()));
        Assert.Equal("User 'user-2' is a member of 'Members Ltd' already.", await RefusalAsync(owner, HttpMethod.Post, members,
            new { userId = SecondId }, HttpStatusCode.Conflict));
        var (_, listed) = await SendAsync(owner, HttpMethod.Get, members);
        Assert.Equal(new[] { "user-dev", SecondId }, listed!.AsArray().Select(m => m!["userId"]!.GetValue<string>()));

        Assert.Equal("User 'user-nobody' is not a member of 'Members Ltd'.", await RefusalAsync(owner, HttpMethod.Put,
            $"{members}/user-nobody", new { role = "VIEWER" }, HttpStatusCode.NotFound));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(owner, HttpMethod.Put, $"{members}/user-dev", new { role = "VIEWER" })).Status);
        using var second = Http(Second);
        Assert.Equal("'user-2' is the last owner of 'Members Ltd': make another member owner first.", await RefusalAsync(second,
            HttpMethod.Put, $"{members}/{SecondId}", new { role = "MAINTAINER" }, HttpStatusCode.Conflict));
        Assert.Equal("'user-2' is the last owner of 'Members Ltd': make another member owner first.", await RefusalAsync(second,
            HttpMethod.Delete, $"{members}/{SecondId}", null, HttpStatusCode.Conflict));
        Assert.Equal("User 'user-nobody' is not a member of 'Members Ltd'.", await RefusalAsync(second, HttpMethod.Delete,
            $"{members}/user-nobody", null, HttpStatusCode.NotFound));

        // A viewer may leave on their own; only an owner removes someone else.
        Assert.Equal("This needs the role OWNER in 'Members Ltd'; you are VIEWER.", await RefusalAsync(owner, HttpMethod.Delete,
            $"{members}/{SecondId}", null, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(owner, HttpMethod.Delete, $"{members}/user-dev")).Status);
        Assert.Equal(1, (await SendAsync(second, HttpMethod.Get, $"organizations/{id}")).Body!["memberCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Organizations_list_oldest_first_and_a_rename_to_the_own_name_or_a_new_description_is_taken()
    {
        using var owner = Http();
        var first = await CreateAsync(owner, "Alpha Lab", "old words");
        var second = await CreateAsync(owner, "Beta Lab");
        var listed = (await SendAsync(owner, HttpMethod.Get, "organizations")).Body!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ToList();
        Assert.True(listed.IndexOf(first) < listed.IndexOf(second), string.Join(", ", listed));

        var (status, wire) = await SendAsync(owner, HttpMethod.Put, $"organizations/{first}", new { name = "ALPHA LAB", description = "new words" });
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(("ALPHA LAB", "new words"), (wire!["name"]!.GetValue<string>(), wire["description"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_an_owner_manages_members_and_roles_and_an_owner_among_owners_may_step_down()
    {
        using var owner = Http();
        using var second = Http(Second);
        var id = await CreateAsync(owner, "Managed Co");
        var members = $"organizations/{id}/members";
        await SendAsync(owner, HttpMethod.Post, members, new { userId = SecondId, role = "MAINTAINER" });
        Assert.Equal("This needs the role OWNER in 'Managed Co'; you are MAINTAINER.", await RefusalAsync(second, HttpMethod.Post, members,
            new { userId = "user-dev" }, HttpStatusCode.Forbidden));
        Assert.Equal("This needs the role OWNER in 'Managed Co'; you are MAINTAINER.", await RefusalAsync(second, HttpMethod.Put,
            $"{members}/user-dev", new { role = "VIEWER" }, HttpStatusCode.Forbidden));
        Assert.Equal("'chief' is not a role: use VIEWER, MAINTAINER or OWNER.", await RefusalAsync(owner, HttpMethod.Put,
            $"{members}/{SecondId}", new { role = "chief" }, HttpStatusCode.UnprocessableEntity));

        // The last owner may be named owner again; with a second owner (and a maintainer who is none), either may step down.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(owner, HttpMethod.Put, $"{members}/user-dev", new { role = "OWNER" })).Status);
        Host.Organizations.Seed(id, "user-third", "OWNER");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(owner, HttpMethod.Put, $"{members}/user-dev", new { role = "VIEWER" })).Status);
    }

    [Fact]
    public void Seeding_an_existing_organization_adds_the_member_and_keeps_the_others()
    {
        Host.Organizations.Seed("org-seeded", "user-dev");
        Host.Organizations.Seed("org-seeded", SecondId, "VIEWER");
        Assert.Equal(("OWNER", "VIEWER"), (Host.Organizations.RoleIn("org-seeded", "user-dev"), Host.Organizations.RoleIn("org-seeded", SecondId)));
    }

    [Fact]
    public async Task A_viewer_reads_which_provider_tokens_exist_and_only_a_maintainer_stores_one()
    {
        using var owner = Http();
        using var viewer = Http(Second);
        var id = await CreateAsync(owner, "Tokens Org");
        await SendAsync(owner, HttpMethod.Post, $"organizations/{id}/members", new { userId = SecondId });
        Assert.Equal("This needs the role MAINTAINER in 'Tokens Org'; you are VIEWER.", await RefusalAsync(viewer, HttpMethod.Put,
            $"organizations/{id}/provider-tokens/ibm", new { token = "ibm-secret-1234" }, HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(owner, HttpMethod.Put, $"organizations/{id}/provider-tokens/ibm",
            new { token = "ibm-secret-1234" })).Status);
        var (status, tokens) = await SendAsync(viewer, HttpMethod.Get, $"organizations/{id}/provider-tokens");
        Assert.Equal(HttpStatusCode.OK, status);
        var token = Assert.Single(tokens!.AsArray())!;
        Assert.Equal((id, "IBM", "1234"), (token["organizationId"]!.GetValue<string>(), token["provider"]!.GetValue<string>(),
            token["lastCharacters"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.NotFound, (await SendAsync(viewer, HttpMethod.Get, "organizations/org-nobody/provider-tokens")).Status);
    }
}
