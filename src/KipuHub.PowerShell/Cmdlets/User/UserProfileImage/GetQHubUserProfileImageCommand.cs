using System.Management.Automation;
using KipuHub.Client.Core.Files;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The URL of users' profile images; without -Id, the caller's own.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUserProfileImage", HelpUri = HelpUris.Base + "Get-QHubUserProfileImage.md")]
[OutputType(typeof(PSObject))]
public sealed class GetQHubUserProfileImageCommand : UserCmdletBase
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "ProfileImage";


    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, ImageOfAsync);
        else ForTarget("the current user", async token => await ImageOfAsync((await User.GetCurrentUserAsync(token)).Id!, token));
    }

    async Task<object?> ImageOfAsync(string id, CancellationToken token) => PlainObjects.ToPowerShell(
        new Dictionary<string, object?> { ["UserId"] = id, ["Url"] = await User.GetUserProfileImageAsync(id, token) },
            "KipuHub.UserProfileImage");
}
