using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Output;

/// <summary>What the application-secret cmdlets write: a secret as a SecureString unless asked for as plain text, never logged.</summary>
internal static class ApplicationSecretView
{
    public const string CredentialTypeName = "KipuHub.ApplicationCredential";

    public static object Secret(string? secret, bool asPlainText) => asPlainText ? secret ?? "" : SecureText.Secure(secret ?? "");

    /// <summary>An application's consumer key and secret, and a PSCredential of them that Connect-QHubService -Credential takes.</summary>
    public static PSObject Credentials(string applicationId, ApplicationCredentials credentials, bool asPlainText) =>
        PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["ApplicationId"] = applicationId,
            ["ConsumerKey"] = credentials.ConsumerKey,
            ["ConsumerSecret"] = Secret(credentials.ConsumerSecret, asPlainText),
            ["Credential"] = new PSCredential(credentials.ConsumerKey ?? "", SecureText.Secure(credentials.ConsumerSecret ?? "")),
        }, CredentialTypeName) as PSObject ?? throw new InvalidOperationException("Credentials have no object form.");
}
