using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>
/// Deletes personal access tokens: they stop working at once. High impact: the one deleted may be the token this
/// connection uses.
/// </summary>
[Cmdlet(VerbsCommon.Remove, "QHubAccessToken",
    HelpUri = HelpUris.Base + "Remove-QHubAccessToken.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAccessTokenCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AccessTokenIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts and runbooks.</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "AccessToken";

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"personal access token {id}",
        "Delete (it stops working at once)", Force), async (id, token) =>
    {
        await User.DeletePersonalAccessTokenAsync(id, token);
        return null;
    });
}
