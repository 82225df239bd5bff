using System.Management.Automation;
using KipuHub.Client.Core.Json;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Requests the cancellation of service jobs; -PassThru writes each job as the catalog answered.</summary>
[Cmdlet(VerbsLifecycle.Stop, "QHubServiceJob", HelpUri = HelpUris.Base + "Stop-QHubServiceJob.md", SupportsShouldProcess = true)]
[OutputType(typeof(ServiceJob))]
public sealed class StopQHubServiceJobCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceJobId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NoCompletion))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter] public SwitchParameter PassThru { get; set; }

    protected override string ErrorNoun => "ServiceJob";


    protected override void ProcessRecord() => ForEachId(Id, id => ShouldProcess($"service job {id}", "Cancel"), async (id, token) =>
    {
        var job = await Platform.ServiceJobs.CancelServiceJobAsync(id, token);
        return PassThru ? job : null;
    });
}
