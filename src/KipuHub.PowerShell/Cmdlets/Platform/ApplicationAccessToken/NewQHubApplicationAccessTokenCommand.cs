using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A bearer token for the gateway issued to applications, ready for Connect-QHubService -Token.</summary>
[Cmdlet(VerbsCommon.New, "QHubApplicationAccessToken",
    HelpUri = HelpUris.Base + "New-QHubApplicationAccessToken.md", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject))]
public sealed class NewQHubApplicationAccessTokenCommand : PlatformCmdletBase
{
    public const string TypeName = "KipuHub.ApplicationAccessToken";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "Application";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"application {id}", "Issue a gateway access token"),
        async (id, token) =>
    {
        var access = await Platform.Applications.GetAccessTokenAsync(id, token);
        return PlainObjects.ToPowerShell(new Dictionary<string, object?>
        {
            ["ApplicationId"] = id,
            ["Token"] = ApplicationSecretView.Secret(access.Secret, AsPlainText),
            ["ExpiresAt"] = access.ExpiresAt,
        }, TypeName);
    });
}
