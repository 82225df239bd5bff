using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Changes the editable fields of the current user's profile; name and email belong to the identity provider.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUser", HelpUri = HelpUris.Base + "Set-QHubUser.md", SupportsShouldProcess = true)]
[OutputType(typeof(UserInfo))]
public sealed class SetQHubUserCommand : UserCmdletBase
{
    [Parameter][AllowEmptyString] public string? CurrentPosition { get; set; }
    [Parameter][AllowEmptyString] public string? Homepage { get; set; }
    [Parameter][AllowEmptyString] public string? About { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "User";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the current user", "Update the profile")) return;
        var update = new UpdateUserRequest { CurrentPosition = CurrentPosition, Homepage = Homepage, About = About };
        ForTarget("me", async token =>
        {
            var updated = await User.UpdateCurrentUserAsync(update, token);
            return PassThru ? updated : null;
        });
    }
}
