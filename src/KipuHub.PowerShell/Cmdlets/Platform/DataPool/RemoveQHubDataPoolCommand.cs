using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes data pools with all their files.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPool",
    HelpUri = HelpUris.Base + "Remove-QHubDataPool.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("DataPoolId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "DataPool";


    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"data pool {id}", "Delete with all its files", Force), async (id, token) =>
        {
            await Platform.DataPools.DeleteDataPoolAsync(id, token);
            return null;
        });
}
