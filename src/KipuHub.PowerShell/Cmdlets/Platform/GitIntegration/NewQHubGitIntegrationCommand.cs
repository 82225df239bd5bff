using System.Management.Automation;
using System.Security;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Adds a git provider integration with its access token (a SecureString, never logged nor answered back).</summary>
[Cmdlet(VerbsCommon.New, "QHubGitIntegration", HelpUri = HelpUris.Base + "New-QHubGitIntegration.md", SupportsShouldProcess = true)]
[OutputType(typeof(GitIntegration))]
public sealed class NewQHubGitIntegrationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)][ValidateNotNullOrEmpty] public string? Name { get; set; }

    [Parameter(Mandatory = true)]
    [ValidateSet("GITHUB", "GITLAB", "BITBUCKET")]
    public string? Provider { get; set; }

    [Parameter] public Uri? Url { get; set; }
    [Parameter] public string? Username { get; set; }
    [Parameter(Mandatory = true)] public SecureString? Token { get; set; }

    protected override string ErrorNoun => "GitIntegration";

    protected override void ProcessRecord()
    {
        var target = $"git integration '{Name}'";
        if (!ShouldProcess(target, "Create")) return;
        var request = new GitIntegrationRequest
        {
            Name = Name,
            Provider = Provider,
            Url = Url?.ToString(),
            Username = Username,
            Token = SecureText.Plain(Token!)
        };
        ForTarget(target, async token => await Platform.GitIntegrations.CreateAsync(request, token), creates: true);
    }
}
