using KipuHub.Client.Core;
using KipuHub.Client.Core.Errors;
using KipuHub.Client.Core.Http;
using KipuHub.Client.Core.Paging;
using KipuHub.Client.User.Models;
using R = KipuHub.Client.User.UserRoutes;

namespace KipuHub.Client.User;

/// <summary>
/// The User API (user-service): the current user's profile and personal access tokens, the principal behind a
/// token, other users' public profiles, registration status and the user directory. One class: its six
/// namespaces are a method or a few each (user_settings, user_settings_personal_access_tokens, authentication,
/// users, user_registration_status, search).
/// </summary>
public sealed class HubUserClient : ApiCaller, IDisposable
{
    public HubUserClient(HubClientOptions options) : this(new HubTransport(options, e => e.User, "User")) { }

    HubUserClient(HubTransport transport) : base(transport) { }

    /// <summary>The configured transport, for calling any route with this client's auth, retries and errors.</summary>
    public new HubTransport Transport => base.Transport;

    // user_settings
    public Task<UserInfo> GetCurrentUserAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<UserInfo>(Request(R.GetCurrentUser), cancellationToken);

    public Task<UserInfo> UpdateCurrentUserAsync(UpdateUserRequest update, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<UserInfo>(WithBody(Request(R.UpdateCurrentUser), update ?? throw new ArgumentNullException(nameof(update))),
            cancellationToken);

    public Task DeleteCurrentUserAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.DeleteCurrentUser), cancellationToken);

    /// <summary>Uploads a profile image as one multipart part named "file"; the Hub refuses other types (415) and large files
    /// (413).</summary>
    public Task UpdateCurrentUserProfileImageAsync(Func<Stream> image, string fileName, string contentType,
        CancellationToken cancellationToken = default)
    {
        var request = Request(R.UpdateCurrentUserProfileImage);
        request.File = new FileUpload("file", image ?? throw new ArgumentNullException(nameof(image)), fileName, contentType);
        return SendAsync(request, cancellationToken);
    }

    public Task DeleteCurrentUserProfileImageAsync(CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.DeleteCurrentUserProfileImage), cancellationToken);

    // user_settings_personal_access_tokens
    /// <summary>The reference shows { accessTokens: [...] }; a bare array is read as well.</summary>
    public Task<IReadOnlyList<AccessToken>> GetPersonalAccessTokensAsync(CancellationToken cancellationToken = default) =>
        ReadListAsync<AccessToken>(Request(R.GetPersonalAccessTokens), "accessTokens", cancellationToken);

    /// <summary>Creates a token; its secret is in the answer's Token, this once, and never in a log.</summary>
    public Task<AccessToken> CreatePersonalAccessTokenAsync(CreateAccessTokenRequest request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request?.Name)) throw new ArgumentException("A token name is required.", nameof(request));
        var call = WithBody(Request(R.CreatePersonalAccessToken), request!);
        call.ResponseIsSecret = true;
        return ReadRequiredAsync<AccessToken>(call, cancellationToken);
    }

    public Task DeletePersonalAccessTokenAsync(string id, CancellationToken cancellationToken = default) =>
        SendAsync(Request(R.DeletePersonalAccessToken, id), cancellationToken);

    /// <summary>Replaces the default token: the old one stops working; the new secret is in the answer, this once.</summary>
    public Task<AccessToken> RegenerateDefaultPersonalAccessTokenAsync(CancellationToken cancellationToken = default)
    {
        var call = Request(R.RegenerateDefaultPersonalAccessToken);
        call.ResponseIsSecret = true;
        return ReadRequiredAsync<AccessToken>(call, cancellationToken);
    }

    // authentication
    public Task<Principal> AuthorizeByPersonalAccessTokenAsync(CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<Principal>(Request(R.AuthorizeByPersonalAccessToken), cancellationToken);

    // users
    public Task<UserInfo> GetUserByIdAsync(string id, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<UserInfo>(Request(R.GetUserById, id), cancellationToken);

    /// <summary>True when the user exists; a missing user is false, not an error.</summary>
    public async Task<bool> CheckUserExistsAsync(string id, CancellationToken cancellationToken = default)
    {
        try
        {
            await SendAsync(Request(R.CheckUserExists, id), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    /// <summary>The URL of a user's profile image; null when the user has none.</summary>
    public async Task<string?> GetUserProfileImageAsync(string id, CancellationToken cancellationToken = default) =>
        (await ReadAsync<ProfileImage>(Request(R.GetUserProfileImage, id), cancellationToken).ConfigureAwait(false))?.Url;

    // user_registration_status
    public Task<RegistrationStatus> GetUserRegistrationStatusAsync(string email, CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<RegistrationStatus>(Request(R.GetUserRegistrationStatus).WithQuery("email", email), cancellationToken);

    // search
    public Task<PageResponse<UserInfo>> SearchUsersAsync(string query, int? page = null, int? size = null,
        CancellationToken cancellationToken = default) =>
        ReadRequiredAsync<PageResponse<UserInfo>>(Request(R.SearchUsers).WithQuery("query", query).WithQuery("page",
            page).WithQuery("size", size), cancellationToken);

    /// <summary>Every match, one page requested at a time as the caller advances.</summary>
    public Pager<UserInfo> SearchUsers(string query, int pageSize = 50, int firstPage = 0) =>
        new((page, size, ct) => SearchUsersAsync(query, page, size, ct), pageSize, firstPage);

    public void Dispose() => Transport.Dispose();
}
