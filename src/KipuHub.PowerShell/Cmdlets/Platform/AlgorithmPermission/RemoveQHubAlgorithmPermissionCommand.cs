using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Takes permissions on an algorithm away.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubAlgorithmPermission",
    HelpUri = HelpUris.Base + "Remove-QHubAlgorithmPermission.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubAlgorithmPermissionCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "AlgorithmPermission";
    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"permission {id} of algorithm {AlgorithmId}", "Delete"),
        async (id, token) =>
    {
        await Platform.Algorithms.DeletePermissionAsync(AlgorithmId!, id, token);
        return null;
    });
}
