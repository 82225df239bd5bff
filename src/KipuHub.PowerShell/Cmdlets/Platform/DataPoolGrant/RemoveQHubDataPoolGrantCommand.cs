using System.Management.Automation;
using KipuHub.Client.Platform;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Revokes grants; grants from the pipeline bind by their Id and DataPoolId.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubDataPoolGrant", HelpUri = HelpUris.Base + "Remove-QHubDataPoolGrant.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubDataPoolGrantCommand : PlatformCmdletBase
{
    /// <summary>The data pool; a data pool from the pipeline binds by its Id.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(DataPoolIdCompleter))]
    public string? DataPoolId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("GrantId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "DataPoolGrant";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"grant {id} of data pool {DataPoolId}", "Revoke"),
        async (id, token) =>
    {
        await Platform.DataPoolGrants.DeleteGrantAsync(DataPoolId!, id, token);
        return null;
    });
}
