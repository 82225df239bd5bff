using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Shares a service with a user or an organization, who then see it in Get-QHubService; a second share with them is
/// ServiceShareConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubServiceShare",
    HelpUri = HelpUris.Base + "New-QHubServiceShare.md", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(ServiceShare))]
public sealed class NewQHubServiceShareCommand : PlatformCmdletBase
{
    const string UserSet = "User", OrganizationSet = "Organization";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? ServiceId { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = UserSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(MemberIdCompleter))]
    public string? UserId { get; set; }

    /// <summary>The organization to share with (the call's own organization is -OrganizationId).</summary>
    [Parameter(Mandatory = true, ParameterSetName = OrganizationSet)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(OrganizationIdCompleter))]
    public string? WithOrganizationId { get; set; }

    [Parameter]
    [ValidateSet("VIEWER", "MAINTAINER")]
    public string Permission { get; set; } = "VIEWER";

    protected override string ErrorNoun => "ServiceShare";

    protected override void ProcessRecord() => CreateShare(Platform.ServiceShares, "service", ServiceId!, ParameterSetName == UserSet ?
        UserId : null, WithOrganizationId, Permission);
}
