using KipuHub.Emulator.Infrastructure;

namespace KipuHub.Emulator.User;

/// <summary>
/// The User API under /user-service: the current user's profile, image and personal access tokens, the principal
/// behind a token, public profiles, registration status and search. camelCase, as the Hub's TypeScript names.
/// </summary>
public sealed class UserApi(EmulatorOptions options, UserDirectory directory)
{
    const string Api = "user-service";
    const int MaxImageBytes = 1024 * 1024;
    static readonly HashSet<string> ImageTypes = new(StringComparer.OrdinalIgnoreCase) { "image/png", "image/jpeg", "image/gif",
        "image/webp" };

    public void Map(WebApplication app, OpenApiRegistry registry)
    {
        var group = app.MapGroup("/user-service");
        registry.MapDocs(group, Api, "User API (KipuHub emulator)");
        registry.Map(group, Api, "GET", "/me", "getCurrentUser", "The authenticated user", (HttpContext c) =>
            Json(Wire(directory.Of(Caller.Of(c).User), c)));
        registry.Map(group, Api, "PUT", "/me", "updateCurrentUser", "Update the editable fields of the authenticated user",
            async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            var profile = directory.Of(Caller.Of(c).User);
            profile.CurrentPosition = JsonBody.String(body, "currentPosition") ?? profile.CurrentPosition;
            profile.Homepage = JsonBody.String(body, "homepage") ?? profile.Homepage;
            profile.About = JsonBody.String(body, "about") ?? profile.About;
            return Json(Wire(profile, c));
        });
        registry.Map(group, Api, "DELETE", "/me", "deleteCurrentUser", "Delete the authenticated user and their tokens", (HttpContext c) =>
        {
            directory.Remove(Caller.Of(c).User.Id);
            return Results.NoContent();
        });
        registry.Map(group, Api, "PUT", "/me/profile-image", "updateCurrentUserProfileImage",
            "Upload a profile image (multipart, part 'file')", UploadImageAsync, "multipart/form-data");
        registry.Map(group, Api, "DELETE", "/me/profile-image", "deleteCurrentUserProfileImage", "Delete the profile image",
            (HttpContext c) =>
        {
            directory.Of(Caller.Of(c).User).Image = null;
            return Results.NoContent();
        });

        registry.Map(group, Api, "GET", "/me/personal-access-tokens", "getPersonalAccessTokens",
            "The user's personal access tokens (never their values)", (HttpContext c) =>
            Json(new { accessTokens = directory.TokensOf(Caller.Of(c).User.Id).Select(t => TokenWire(t, null)).ToList() }));
        registry.Map(group, Api, "POST", "/me/personal-access-tokens", "createPersonalAccessToken",
            "Create a personal access token; its value is in this answer only", async (HttpContext c) =>
        {
            var (body, error) = await JsonBody.ReadObjectAsync(c, options.MaxRequestBodyBytes);
            if (body is null) return error!;
            if (JsonBody.String(body, "name") is not { Length: > 0 } name) return ApiError.BadRequest(c, "A token needs a name.");
            DateTimeOffset? expiresAt = JsonBody.String(body, "expiresAt") is not { } text ? null
                : DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None,
                    out var at) ? at : throw JsonBody.FieldError("expiresAt", "must be a date and time (ISO 8601)");
            var (token, secret) = directory.Create(Caller.Of(c).User, name, expiresAt);
            return Json(TokenWire(token, secret), 201);
        });
        registry.Map(group, Api, "DELETE", "/me/personal-access-tokens/{id}", "deletePersonalAccessToken",
            "Delete a personal access token; it stops working", (HttpContext c, string id) =>
            directory.Delete(Caller.Of(c).User.Id, id) ? Results.NoContent() : ApiError.NotFound(c, $"Token '{id}' not found."));
        registry.Map(group, Api, "POST", "/me/personal-access-tokens/default/regenerate", "regenerateDefaultPersonalAccessToken",
            "Replace the default token; the old one stops working", (HttpContext c) =>
        {
            var (token, secret) = directory.RegenerateDefault(Caller.Of(c).User);
            return Json(TokenWire(token, secret));
        });

        registry.Map(group, Api, "POST", "/authorize", "authorizeByPersonalAccessToken", "The principal authenticated by the token",
            (HttpContext c) =>
        {
            var caller = Caller.Of(c);
            return Json(new
            {
                type = "PERSONAL_ACCESS_TOKEN",
                userId = caller.User.Id,
                email = caller.User.Email,
                organizationId = caller.OrganizationId
            });
        });

        registry.Map(group, Api, "GET", "/users/{id}", "getUserById", "A user's public profile", (HttpContext c, string id) =>
            directory.Find(id) is { } profile ? Json(Wire(profile, c)) : ApiError.NotFound(c, $"User '{id}' not found."));
        registry.Map(group, Api, "HEAD", "/users/{id}", "checkUserExists", "200 when the user exists, 404 when not",
            (HttpContext c, string id) =>
            directory.Find(id) is null ? Results.NotFound() : Results.Ok());
        registry.Map(group, Api, "GET", "/users/{id}/profile-image", "getUserProfileImage", "The URL of a user's profile image",
            (HttpContext c, string id) =>
            directory.Find(id) is { Image: not null } ? Json(new { url = ImageUrl(c, id) }) :
                ApiError.NotFound(c, $"User '{id}' has no profile image."));
        registry.Map(group, Api, "GET", "/users/{id}/profile-image/content", "getUserProfileImageContent", "The image itself",
            (HttpContext c, string id) =>
            directory.Find(id) is { Image: { } image } ? Results.File(image.Bytes, image.Type) :
                ApiError.NotFound(c, $"User '{id}' has no profile image."));

        registry.Map(group, Api, "GET", "/registration-status", "getUserRegistrationStatus",
            "Whether an email address belongs to a registered user", (HttpContext c, string? email) =>
            string.IsNullOrWhiteSpace(email)
                ? ApiError.BadRequest(c, "The email query parameter is required.")
                : Json(new
                {
                    email,
                    status = directory.All.Any(p => string.Equals(p.User.Email, email, StringComparison.OrdinalIgnoreCase))
                    ? "REGISTERED" : "NOT_REGISTERED"
                }));
        registry.Map(group, Api, "GET", "/search/users", "users", "Users whose name, user name or email contains the query",
            (HttpContext c, string? query, int? page, int? size) =>
        {
            if (page < 0 || size is < 1 or > 100) return ApiError.BadRequest(c,
                "page must be zero or more (pages are zero-based) and size between 1 and 100.");
            var matches = directory.All.Where(p => Matches(p.User, query ?? "")).ToList();
            var (index, length) = (page ?? 0, size ?? 20);
            var content = matches.Skip((int)Math.Min((long)index * length, int.MaxValue)).Take(length).Select(p => Wire(p, c)).ToList();
            return Json(new
            {
                content,
                page = index,
                size = length,
                totalElements = matches.Count,
                totalPages = (matches.Count + length - 1) / length
            });
        });
    }

    async Task<IResult> UploadImageAsync(HttpContext c)
    {
        if (!c.Request.HasFormContentType) return ApiError.Of(c, 415, "Send the image as multipart/form-data, part 'file'.");
        var form = await RequestForm.ReadAsync(c);
        if (form.Files.GetFile("file") is not { } file) return ApiError.BadRequest(c, "The part 'file' is missing.");
        if (!ImageTypes.Contains(file.ContentType)) return ApiError.Of(c, 415,
            $"A profile image must be PNG, JPEG, GIF or WebP, not {file.ContentType}.");
        if (file.Length > MaxImageBytes) return ApiError.Of(c, 413, $"A profile image may have {MaxImageBytes} bytes at most.");
        using var copy = new MemoryStream();
        await file.CopyToAsync(copy);
        directory.Of(Caller.Of(c).User).Image = new UserDirectory.ProfileImage(copy.ToArray(), file.ContentType);
        return Results.NoContent();
    }

    static bool Matches(EmulatorUser user, string query) =>
        user.Name.Contains(query, StringComparison.OrdinalIgnoreCase) || user.Email.Contains(query, StringComparison.OrdinalIgnoreCase);

    static string ImageUrl(HttpContext c, string id) =>
        $"{c.Request.Scheme}://{c.Request.Host}{c.Request.PathBase}/user-service/users/{Uri.EscapeDataString(id)}/profile-image/content";

    static IResult Json(object value, int status = 200) => Results.Json(value, EmulatorJson.CamelCase, statusCode: status);

    static object Wire(UserDirectory.Profile p, HttpContext c)
    {
        var names = p.User.Name.Split(' ', 2);
        return new
        {
            id = p.User.Id,
            email = p.User.Email,
            name = p.User.Name,
            username = p.User.Email.Split('@')[0],
            firstName = names[0],
            lastName = names.Length > 1 ? names[1] : null,
            currentPosition = p.CurrentPosition,
            homepage = p.Homepage,
            about = p.About,
            profileImageUrl = p.Image is null ? null : ImageUrl(c, p.User.Id),
            createdAt = p.CreatedAt,
        };
    }

    static object TokenWire(UserDirectory.Token t, string? secret) =>
        new { id = t.Id, name = t.Name, createdAt = t.CreatedAt, expiresAt = t.ExpiresAt, @default = t.IsDefault, token = secret };
}
