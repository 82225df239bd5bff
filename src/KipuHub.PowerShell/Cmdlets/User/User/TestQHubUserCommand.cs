using System.Management.Automation;
using KipuHub.Client.User.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Errors;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Whether users exist: $true or $false for each id, never an error for a missing one.</summary>
[Cmdlet(VerbsDiagnostic.Test, "QHubUser", HelpUri = HelpUris.Base + "Test-QHubUser.md")]
[OutputType(typeof(bool))]
public sealed class TestQHubUserCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("UserId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "User";


    protected override void ProcessRecord() => ForEachId(Id, async (id, token) => await User.CheckUserExistsAsync(id, token));
}
