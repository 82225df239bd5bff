using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Creates a data pool; a name already used in the context is DataPoolConflict.</summary>
[Cmdlet(VerbsCommon.New, "QHubDataPool", HelpUri = HelpUris.Base + "New-QHubDataPool.md", SupportsShouldProcess = true)]
[OutputType(typeof(DataPool))]
public sealed class NewQHubDataPoolCommand : PlatformCmdletBase
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
            return await Platform.DataPools.UpdateDataPoolAsync(pool.Id!, new UpdateDataPoolRequest
            {
                ShortDescription = ShortDescription,
                Description = Description
            }, token);
        }, creates: true);
    }
}
