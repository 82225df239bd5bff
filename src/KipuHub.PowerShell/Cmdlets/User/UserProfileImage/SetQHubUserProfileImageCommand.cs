using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Uploads the current user's profile image (PNG, JPEG, GIF or WebP); the Hub refuses other types and large files.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUserProfileImage", HelpUri = HelpUris.Base + "Set-QHubUserProfileImage.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class SetQHubUserProfileImageCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    protected override string ErrorNoun => "ProfileImage";

    protected override void ProcessRecord()
    {
        // Resolved here, on the pipeline thread; the upload runs on the thread pool.
        var file = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path);
        if (!ShouldProcess(file, "Upload as the profile image")) return;
        // The Hub judges the type: an extension that is no image comes back UnsupportedMediaType.
        var type = MediaTypes.OfFile(file);
        ForTarget(file, async token =>
        {
            LocalFiles.RequireFile(file, "image");
            await User.UpdateCurrentUserProfileImageAsync(() => File.OpenRead(file), System.IO.Path.GetFileName(file), type, token);
            return null;
        });
    }
}
