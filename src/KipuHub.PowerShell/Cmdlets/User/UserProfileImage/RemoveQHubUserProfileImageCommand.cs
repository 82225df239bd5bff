using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Deletes the current user's profile image.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUserProfileImage",
    HelpUri = HelpUris.Base + "Remove-QHubUserProfileImage.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUserProfileImageCommand : UserCmdletBase
{
    protected override string ErrorNoun => "ProfileImage";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the current user", "Delete the profile image")) return;
        ForTarget("me", async token =>
        {
            await User.DeleteCurrentUserProfileImageAsync(token);
            return null;
        });
    }
}
