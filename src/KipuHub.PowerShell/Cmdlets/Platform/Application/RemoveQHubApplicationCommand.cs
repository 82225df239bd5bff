using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;
using KipuHub.PowerShell.Output;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes applications; their gateway credentials stop working.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubApplication",
    HelpUri = HelpUris.Base + "Remove-QHubApplication.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(void))]
public sealed class RemoveQHubApplicationCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ApplicationId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ApplicationIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>Skips the confirmation, for scripts (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Application";


    protected override void ProcessRecord() =>
        ForEachId(Id, id => ShouldProcess($"application {id}", "Delete (its gateway credentials stop working)", Force), async (id, token) =>
        {
            await Platform.Applications.DeleteApplicationAsync(id, token);
            return null;
        });
}
