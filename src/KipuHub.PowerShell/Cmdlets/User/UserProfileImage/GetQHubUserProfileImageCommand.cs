using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The URL of users' profile images.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUserProfileImage")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubUserProfileImageCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ProfileImage";


    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var url = await User.GetUserProfileImageAsync(id, token);
        return PlainObjects.ToPowerShell(new Dictionary<string, object?> { ["UserId"] = id, ["Url"] = url }, "KipuHub.UserProfileImage");
    });
}
