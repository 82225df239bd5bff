using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes the name and descriptions of data pools.</summary>
[Cmdlet(VerbsCommon.Set, "QHubDataPool", HelpUri = HelpUris.Base + "Set-QHubDataPool.md", SupportsShouldProcess = true)]
[OutputType(typeof(DataPool))]
public sealed class SetQHubDataPoolCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public string? Name { get; set; }
    [Parameter] public string? ShortDescription { get; set; }
    [Parameter] public string? Description { get; set; }
    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "DataPool";


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
