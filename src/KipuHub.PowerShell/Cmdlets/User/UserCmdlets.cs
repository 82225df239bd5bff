using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The current user (no arguments), users by id, or a search of the user directory page by page.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUser", DefaultParameterSetName = CurrentSet, SupportsPaging = true)]
[OutputType(typeof(UserInfo))]
public sealed class GetQHubUserCommand : QHubCmdlet
{
    const string CurrentSet = "Current", IdSet = "Id", SearchSet = "Search";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = IdSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
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

    protected override int TargetCount => Math.Max(Id.Length, 1);

    protected override void ProcessRecord()
    {
        var users = Hub.User;
        switch (ParameterSetName)
        {
            case IdSet:
                ForEachId(Id, _ => true, async (id, token) => await users.GetUserByIdAsync(id, token));
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

/// <summary>Changes the editable fields of the current user's profile; name and email belong to the identity provider.</summary>
[Cmdlet(VerbsCommon.Set, "QHubUser", SupportsShouldProcess = true)]
[OutputType(typeof(UserInfo))]
public sealed class SetQHubUserCommand : QHubCmdlet
{
    [Parameter] [AllowEmptyString] public string? CurrentPosition { get; set; }
    [Parameter] [AllowEmptyString] public string? Homepage { get; set; }
    [Parameter] [AllowEmptyString] public string? About { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "User";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess("the current user", "Update the profile")) return;
        var update = new UpdateUserRequest { CurrentPosition = CurrentPosition, Homepage = Homepage, About = About };
        ForTarget("me", async token =>
        {
            var updated = await Hub.User.UpdateCurrentUserAsync(update, token);
            return PassThru ? updated : null;
        });
    }
}

/// <summary>Deletes the current user's account, with its tokens: this connection stops working.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubUserCommand : QHubCmdlet
{
    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "User";

    protected override void ProcessRecord()
    {
        var who = Hub.Account ?? "the current user";
        if (!ShouldProcess(who, "Delete the account and all its personal access tokens, for good", Force)) return;
        ForTarget("me", async token =>
        {
            await Hub.User.DeleteCurrentUserAsync(token);
            return null;
        });
    }
}

/// <summary>Whether users exist: $true or $false for each id, never an error for a missing one.</summary>
[Cmdlet(VerbsDiagnostic.Test, "QHubUser")]
[OutputType(typeof(bool))]
public sealed class TestQHubUserCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "User";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, _ => true, async (id, token) => await Hub.User.CheckUserExistsAsync(id, token));
}
