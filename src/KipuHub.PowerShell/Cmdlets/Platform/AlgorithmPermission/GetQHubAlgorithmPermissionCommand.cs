using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Who may see or change an algorithm besides its owner.</summary>
[Cmdlet(VerbsCommon.Get, "QHubAlgorithmPermission", HelpUri = HelpUris.Base + "Get-QHubAlgorithmPermission.md")]
[OutputType(typeof(AlgorithmPermission))]
public sealed class GetQHubAlgorithmPermissionCommand : PlatformCmdletBase
{
    /// <summary>The algorithm; an algorithm or one of its parts from the pipeline binds by its AlgorithmId.</summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(AlgorithmIdCompleter))]
    public string? AlgorithmId { get; set; }

    protected override string ErrorNoun => "Algorithm";

    protected override void ProcessRecord() => ForTarget(AlgorithmId, async token =>
        await Platform.Algorithms.GetPermissionsAsync(AlgorithmId!, token));
}
