using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>A cmdlet about the grants or shares of data pools; a data pool from the pipeline binds by its Id.</summary>
public abstract class DataPoolAccessCmdlet : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }
}

/// <summary>Lists the services that may read data pools.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolGrant")]
[OutputType(typeof(DataPoolGrant))]
public sealed class GetQHubDataPoolGrantCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";

    protected override int TargetCount => DataPoolId.Length;

    protected override void ProcessRecord() => ForEachId(DataPoolId, _ => true, async (id, token) => await Platform.DataPoolGrants.GetGrantsAsync(id, token));
}

/// <summary>Lets a service read a data pool while it runs, until -ExpiresAt when given; a second grant for it is DataPoolGrantConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPoolGrant", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolGrant))]
public sealed class NewQHubDataPoolGrantCommand : DataPoolAccessCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? ServiceId { get; set; }

    [Parameter] public DateTimeOffset? ExpiresAt { get; set; }

    protected override string ErrorNoun => "DataPoolGrant";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"data pool {DataPoolId}", $"Let service {ServiceId} read it")) return;
        ForTarget(DataPoolId, async token => await Platform.DataPoolGrants.CreateGrantAsync(DataPoolId!, ServiceId!, ExpiresAt, token), creates: true);
    }
}

/// <summary>Revokes grants; grants from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolGrant", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolGrantCommand : DataPoolAccessCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("GrantId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolGrant";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"grant {id} of data pool {DataPoolId}", "Revoke"), async (id, token) =>
    {
        await Platform.DataPoolGrants.DeleteGrantAsync(DataPoolId!, id, token);
        return null;
    });
}

/// <summary>Lists who else sees data pools, and as what.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPoolShare")]
[OutputType(typeof(DataPoolShare))]
public sealed class GetQHubDataPoolShareCommand : GetShareCommand
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("Id")]
    [ValidateNotNullOrEmpty]
    public string[] DataPoolId { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPool";
    protected override string Resource => "data pool";
    protected override IShares Shares => Platform.DataPoolShares;
    protected override string[] ResourceIds => DataPoolId;
}

/// <summary>Shares a data pool with a user or an organization; a second share with them is DataPoolShareConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPoolShare", SupportsShouldProcess = true, DefaultParameterSetName = UserSet)]
[OutputType(typeof(DataPoolShare))]
public sealed class NewQHubDataPoolShareCommand : NewShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    protected override string ErrorNoun => "DataPoolShare";
    protected override string Resource => "data pool";
    protected override IShares Shares => Platform.DataPoolShares;
    protected override string? ResourceId => DataPoolId;
}

/// <summary>Changes the permission of data pool shares; shares from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Set, "QHubDataPoolShare", SupportsShouldProcess = true)]
[OutputType(typeof(DataPoolShare))]
public sealed class SetQHubDataPoolShareCommand : SetShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    protected override string ErrorNoun => "DataPoolShare";
    protected override string Resource => "data pool";
    protected override IShares Shares => Platform.DataPoolShares;
    protected override string? ResourceId => DataPoolId;
}

/// <summary>Stops sharing data pools; shares from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolShare", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolShareCommand : RemoveShareCommand
{
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string? DataPoolId { get; set; }

    protected override string ErrorNoun => "DataPoolShare";
    protected override string Resource => "data pool";
    protected override IShares Shares => Platform.DataPoolShares;
    protected override string? ResourceId => DataPoolId;
}
