using System.IO.Compression;
using System.Management.Automation;
using KipuHub.Client.Core;
using KipuHub.Client.Core.Waiting;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Connection;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The build of managed service versions (the newest unless -VersionId); -Wait waits until it ends.</summary>
[Cmdlet(VerbsCommon.Get, "QHubManagedServiceBuild", HelpUri = HelpUris.Base + "Get-QHubManagedServiceBuild.md")]
[OutputType(typeof(ServiceBuild), typeof(string))]
public sealed class GetQHubManagedServiceBuildCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty][ArgumentCompleter(typeof(ServiceVersionIdCompleter))] public string? VersionId { get; set; }

    /// <summary>Writes the build's log, line by line, instead of its status.</summary>
    [Parameter] public SwitchParameter Log { get; set; }

    /// <summary>Waits until the build has ended (SUCCESS or FAILURE), polling every -PollInterval seconds.</summary>
    [Parameter] public SwitchParameter Wait { get; set; }

    [Parameter][ValidateRange(0.05, 3600)] public double PollInterval { get; set; } = 2;

    protected override string ErrorNoun => "ServiceBuild";

    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var versionId = await VersionOfAsync(id, VersionId, token);
        var build = Wait
            ? await WaitForBuildAsync(id, versionId, token)
            : await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
        if (!Log) return build;
        var text = await Platform.ManagedServices.GetBuildLogsAsync(id, versionId, token);
        return text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    });

    // Polls until the build ends, riding out an outage with one warning (written by the pipeline thread's pump).
    async Task<ServiceBuild> WaitForBuildAsync(string id, string versionId, CancellationToken token)
    {
        var inOutage = false;
        while (true)
        {
            try
            {
                var build = await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
                if (build.IsFinished) return build;
                inOutage = false;
            }
            catch (Exception e) when (Outages.ArePassing(e))
            {
                if (!inOutage) LogRouting.Write(new HubLogEntry(HubLogLevel.Warning, Outages.Warning(e, null)));
                inOutage = true;
            }
            await Task.Delay(TimeSpan.FromSeconds(PollInterval), token);
        }
    }
}
