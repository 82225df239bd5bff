using System.Management.Automation;
using KipuHub.Client.User.Models;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>Whether email addresses belong to registered users.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUserRegistrationStatus", HelpUri = HelpUris.Base + "Get-QHubUserRegistrationStatus.md")]
[OutputType(typeof(RegistrationStatus))]
public sealed class GetQHubUserRegistrationStatusCommand : UserCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Email { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "RegistrationStatus";


    protected override void ProcessRecord() =>
        ForEachId(Email, async (email, token) => await User.GetUserRegistrationStatusAsync(email, token));
}
