using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Gets data pools by id, or lists those of the context.</summary>
[Cmdlet(VerbsCommon.Get, "QHubDataPool")]
[OutputType(typeof(DataPool))]
public sealed class GetQHubDataPoolCommand : QHubPlatformCmdlet
{
    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    public string[]? Id { get; set; }

    protected override string ErrorNoun => "DataPool";

    protected override int TargetCount => Math.Max(Id?.Length ?? 0, 1);

    protected override void ProcessRecord()
    {
        if (Id is { } ids) ForEachId(ids, _ => true, async (id, token) => await Platform.DataPools.GetDataPoolAsync(id, token));
        else ForTarget(OrganizationId ?? Hub.Context, async token => await Platform.DataPools.GetDataPoolsAsync(token));
    }
}

/// <summary>Creates a data pool; a name already used in the context is DataPoolConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPool", SupportsShouldProcess = true)]
[OutputType(typeof(DataPool))]
public sealed class NewQHubDataPoolCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string? Name { get; set; }

    [Parameter] public string? ShortDescription { get; set; }
    [Parameter] public string? Description { get; set; }

    protected override string ErrorNoun => "DataPool";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"data pool '{Name}'", "Create")) return;
        ForTarget(Name, async token =>
        {
            var pool = await Platform.DataPools.CreateDataPoolAsync(Name!, token);
            if (ShortDescription is null && Description is null) return pool;
            return await Platform.DataPools.UpdateDataPoolAsync(pool.Id!, new UpdateDataPoolRequest { ShortDescription = ShortDescription, Description = Description }, token);
        }, creates: true);
    }
}

/// <summary>Changes the name and descriptions of data pools.</summary>
[Cmdlet(VerbsCommon.Set, "QHubDataPool", SupportsShouldProcess = true)]
[OutputType(typeof(DataPool))]
public sealed class SetQHubDataPoolCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public string? Name { get; set; }
    [Parameter] public string? ShortDescription { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "DataPool";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord()
    {
        var update = new UpdateDataPoolRequest { Name = Name, ShortDescription = ShortDescription, Description = Description };
        ForEachId(Id, id => ShouldProcess($"data pool {id}", "Update"), async (id, token) =>
        {
            var pool = await Platform.DataPools.UpdateDataPoolAsync(id, update, token);
            return PassThru ? pool : null;
        });
    }
}

/// <summary>Deletes data pools with all their files.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPool", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolCommand : QHubPlatformCmdlet
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "DataPool";

    protected override int TargetCount => Id.Length;

    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"data pool {id}", "Delete with all its files", Force), async (id, token) =>
        {
            await Platform.DataPools.DeleteDataPoolAsync(id, token);
            return null;
        });
}
