using System.IO.Compression;
using System.Management.Automation;
using KipuHub.Client.Platform.Models;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>The build of managed service versions (the newest unless -VersionId); -Wait waits until it ends.</summary>
[Cmdlet(VerbsCommon.Get, "QHubManagedServiceBuild")]
[OutputType(typeof(ServiceBuild), typeof(string))]
public sealed class GetQHubManagedServiceBuildCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    public string[] Id { get; set; } = Array.Empty<string>();

    [Parameter][ValidateNotNullOrEmpty] public string? VersionId { get; set; }

    /// <summary>Writes the build's log, line by line, instead of its status.</summary>
    [Parameter] public SwitchParameter Log { get; set; }

    /// <summary>Waits until the build has ended (SUCCESS or FAILURE), polling every -PollInterval seconds.</summary>
    [Parameter] public SwitchParameter Wait { get; set; }

    [Parameter][ValidateRange(0.05, 3600)] public double PollInterval { get; set; } = 2;

    protected override string ErrorNoun => "ServiceBuild";


    protected override void ProcessRecord() => ForEachId(Id, async (id, token) =>
    {
        var versionId = await VersionOfAsync(id, VersionId, token);
        var build = await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
        while (Wait && !build.IsFinished)
        {
            await Task.Delay(TimeSpan.FromSeconds(PollInterval), token);
            build = await Platform.ManagedServices.GetBuildStatusAsync(id, versionId, token);
        }
        if (!Log) return build;
        var text = await Platform.ManagedServices.GetBuildLogsAsync(id, versionId, token);
        return text.Split(new[] { '\n' }, StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToArray();
    });
}
