using System.Management.Automation;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Deletes ended service jobs; one still running is ServiceJobConflict until stopped.</summary>
[Cmdlet(VerbsCommon.Remove, "QHubServiceJob", HelpUri = HelpUris.Base + "Remove-QHubServiceJob.md", SupportsShouldProcess = true)]
[OutputType(typeof(void))]
public sealed class RemoveQHubServiceJobCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    protected override string ErrorNoun => "ServiceJob";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"service job {id}", "Delete"), async (id, token) =>
    {
        await Platform.ServiceJobs.DeleteServiceJobAsync(id, token);
        return null;
    });
}
