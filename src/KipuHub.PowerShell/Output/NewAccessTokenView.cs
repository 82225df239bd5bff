using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Output;

/// <summary>
/// What New- and Reset-QHubAccessToken write: the token with its secret, which the Hub shows this once, as a
/// SecureString unless the caller asks for plain text.
/// </summary>
internal static class NewAccessTokenView
{
    public const string TypeName = "KipuHub.NewAccessToken";

    public static object? Of(AccessToken created, bool asPlainText) => PlainObjects.ToPowerShell(new Dictionary<string, object?>
    {
        ["Id"] = created.Id,
        ["Name"] = created.Name,
        ["CreatedAt"] = created.CreatedAt,
        ["ExpiresAt"] = created.ExpiresAt,
        ["Token"] = asPlainText ? created.Token : SecureText.Secure(created.Token ?? ""),
    }, TypeName);
}
