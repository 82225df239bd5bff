using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Publishes a service version to the marketplace; one published already is ServiceConflict.</summary>
[Cmdlet(VerbsData.Publish, "QHubService", HelpUri = HelpUris.Base + "Publish-QHubService.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class PublishQHubServiceCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string[] Id { get; set; } = Array.Empty<string>();

    /// <summary>The version's id (a service's Versions); by default the newest version.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceVersionIdCompleter))]
    public string? VersionId { get; set; }


    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord() => ForEachVersion(Id, VersionId, "Publish to the marketplace", false,
        async (serviceId, versionId, token) =>
        await Platform.Services.PublishServiceAsync(serviceId, versionId, token));
}
