using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Shares a data pool with a user or an organization; a second share with them is DataPoolShareConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPoolShare",
    HelpUri = HelpUris.Base + "New-QHubDataPoolShare.md", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(DataPoolShare))]
public sealed class NewQHubDataPoolShareCommand : PlatformCmdletBase
{
    const string UserSet = "User", OrganizationSet = "Organization";

    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

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

    protected override string ErrorNoun => "DataPoolShare";

    protected override void ProcessRecord() => CreateShare(Platform.DataPoolShares, "data pool", DataPoolId!, ParameterSetName == UserSet ?
        UserId : null, WithOrganizationId, Permission);
}
