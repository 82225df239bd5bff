using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Changes the description of a service version.</summary>
[Cmdlet(VerbsCommon.Set, "QHubService", HelpUri = HelpUris.Base + "Set-QHubService.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class SetQHubServiceCommand : PlatformCmdletBase
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

    [Parameter(Mandatory = true)]
    [AllowEmptyString]
    public string? Description { get; set; }


    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord() => ForEachVersion(Id, VersionId, "Change the description", false,
        async (serviceId, versionId, token) =>
        await Platform.Services.UpdateServiceVersionAsync(serviceId, versionId,
            new UpdateServiceVersionRequest { Description = Description }, token));
}
