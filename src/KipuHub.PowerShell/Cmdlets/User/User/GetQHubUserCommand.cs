using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The current user (no arguments), users by id, or a search of the user directory page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUser",
    HelpUri = HelpUris.Base + "Get-QHubUser.md", DefaultParameterSetName = CurrentSet, SupportsPaging = true)]
[OutputType(typeof(UserInfo))]
public sealed class GetQHubUserCommand : UserCmdletBase
{
    const string CurrentSet = "Current", IdSet = "Id", SearchSet = "Search";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Text to find in names, user names and email addresses.</summary>
    [Parameter(Mandatory = true, ParameterSetName = SearchSet)]
    [AllowEmptyString]
    public string? Search { get; set; }

    [Parameter(ParameterSetName = SearchSet)]
    [ValidateRange(1, 100)]
    public int PageSize { get; set; } = 20;

    [Parameter(ParameterSetName = SearchSet)]
    public SwitchParameter All { get; set; }

    protected override string ErrorNoun => "User";


    protected override void ProcessRecord()
    {
        var users = Hub.User;
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, async (id, token) => await users.GetUserByIdAsync(id, token));
                break;
            case SearchSet:
                WritePages(page => users.SearchUsers(Search ?? "", PageSize, page), PageSize, All, new ErrorContext("User"), Search);
                break;
            default:
                ForTarget("me", async token => await users.GetCurrentUserAsync(token));
                break;
        }
    }
}
