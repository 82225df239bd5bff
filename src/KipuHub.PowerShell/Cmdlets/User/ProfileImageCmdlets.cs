using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Uploads the current user's profile image (PNG, JPEG, GIF or WebP); the Hub refuses other types and large files.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUserProfileImage", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class SetQHubUserProfileImageCommand : QHubCmdlet
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
            if (!File.Exists(file)) throw new FileNotFoundException($"The image '{file}' does not exist.", file);
            await Hub.User.UpdateCurrentUserProfileImageAsync(() => File.OpenRead(file), System.IO.Path.GetFileName(file), type, token);
            return null;
        });
    }
}

/// <summary>Deletes the current user's profile image.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUserProfileImage", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUserProfileImageCommand : QHubCmdlet
{
    protected override string ErrorNoun => "ProfileImage";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the current user", "Delete the profile image")) return;
        ForTarget("me", async token =>
        {
            await Hub.User.DeleteCurrentUserProfileImageAsync(token);
            return null;
        });
    }
}

/// <summary>The URL of users' profile images.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUserProfileImage")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubUserProfileImageCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ProfileImage";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) =>
    {
        var url = await Hub.User.GetUserProfileImageAsync(id, token);
        return PlainObjects.ToPowerShell(new Dictionary<string, object?> { ["UserId"] = id, ["Url"] = url }, "KipuHub.UserProfileImage");
    });
}
