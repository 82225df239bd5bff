using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Lists who else sees services, and as what; a service from the pipeline binds by its Id.</summary>
[Cmdlet(VerbsCommon.Get, "QHubServiceShare")]
[OutputType(typeof(ServiceShare))]
public sealed class GetQHubServiceShareCommand : GetShareCommand
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] ServiceId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "Service";
    protected override string Resource => "service";
    protected override IShares Shares => Platform.ServiceShares;
    protected override string[] ResourceIds => ServiceId;
}

/// <summary>Shares a service with a user or an organization, who then see it in Get-QHubService; a second share with them is ServiceShareConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubServiceShare", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(ServiceShare))]
public sealed class NewQHubServiceShareCommand : NewShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ServiceId { get; set; }

    protected override string ErrorNoun => "ServiceShare";
    protected override string Resource => "service";
    protected override IShares Shares => Platform.ServiceShares;
    protected override string? ResourceId => ServiceId;
}

/// <summary>Changes the permission of service shares; shares from the pipeline bind by their Id and ServiceId.</summary>
[Cmdlet(VerbsCommon.Set, "QHubServiceShare", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceShare))]
public sealed class SetQHubServiceShareCommand : SetShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ServiceId { get; set; }

    protected override string ErrorNoun => "ServiceShare";
    protected override string Resource => "service";
    protected override IShares Shares => Platform.ServiceShares;
    protected override string? ResourceId => ServiceId;
}

/// <summary>Stops sharing services; shares from the pipeline bind by their Id and ServiceId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubServiceShare", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceShareCommand : RemoveShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? ServiceId { get; set; }

    protected override string ErrorNoun => "ServiceShare";
    protected override string Resource => "service";
    protected override IShares Shares => Platform.ServiceShares;
    protected override string? ResourceId => ServiceId;
}
