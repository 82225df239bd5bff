using System.Management.Automation;
using KipuHub.Client.User.Models;

namespace KipuHub.PowerShell.Cmdlets.User;

/// <summary>The principal behind the connection's token: its kind, user and organization.</summary>
[Cmdlet(VerbsCommon.Get, "QHubPrincipal")]
[OutputType(typeof(Principal))]
public sealed class GetQHubPrincipalCommand : QHubCmdlet
{
    protected override string ErrorNoun => "Principal";

    protected override void ProcessRecord() => ForTarget("token", async token => await Hub.User.AuthorizeByPersonalAccessTokenAsync(token));
}

/// <summary>Whether email addresses belong to registered users.</summary>
[Cmdlet(VerbsCommon.Get, "QHubUserRegistrationStatus")]
[OutputType(typeof(RegistrationStatus))]
public sealed class GetQHubUserRegistrationStatusCommand : QHubCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string[] Email { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "RegistrationStatus";

    protected override int TargetCount => Email.Length;

    protected override void ProcessRecord() =>
        ForEachId(Email, _ => true, async (email, token) => await Hub.User.GetUserRegistrationStatusAsync(email, token));
}
