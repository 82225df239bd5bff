using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Creates a personal access token; its secret is shown this once.</summary>
[Cmdlet(VerbsCommon.New, "QHubAccessToken", HelpUri = HelpUris.Base + "New-QHubAccessToken.md", SupportsShouldProcess = true)]
[OutputType(typeof(PSObject))]
public sealed class NewQHubAccessTokenCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The secret as plain text instead of a SecureString: it then shows on screen and in transcripts.</summary>
    [Parameter] public SwitchParameter AsPlainText { get; set; }

    protected override string ErrorNoun => "AccessToken";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"token '{Name}'", "Create a personal access token")) return;
        var request = new CreateAccessTokenRequest { Name = Name!, ExpiresAt = ExpiresAt };
        ForTarget(Name, async token => NewAccessTokenView.Of(await User.CreatePersonalAccessTokenAsync(request, token), AsPlainText),
            creates: true);
    }
}
