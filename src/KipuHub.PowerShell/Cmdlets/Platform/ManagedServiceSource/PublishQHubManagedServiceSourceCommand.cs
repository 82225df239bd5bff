using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;
using KipuHub.PowerShell.Inputs;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Uploads new source for a managed service version (the newest unless -VersionId); the Hub builds it again.</summary>
[Cmdlet(VerbsData.Publish, "QHubManagedServiceSource",
    HelpUri = HelpUris.Base + "Publish-QHubManagedServiceSource.md", SupportsShouldProcess = true)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class PublishQHubManagedServiceSourceCommand : PlatformCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("ServiceId")]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(ServiceIdCompleter))]
    public string? Id { get; set; }

    [Parameter][ValidateNotNullOrEmpty][ArgumentCompleter(typeof(ServiceVersionIdCompleter))] public string? VersionId { get; set; }

    /// <summary>A folder with the service's source, or a zip of it.</summary>
    [Parameter(Mandatory = true)]
    [ValidateNotNullOrEmpty]
    public string? Path { get; set; }

    /// <summary>Files of a folder that are left out because they may hold secrets (.env, keys, .git), to upload all the same: names
    /// or wildcards.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string[]? Include { get; set; }

    ServiceSource? source;

    // Resolved on the pipeline thread; the upload runs on the thread pool.
    protected override void Begin()
    {
        source = ServiceSource.Resolve(this, Path!, Include);
        base.Begin();
    }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord()
    {
        if (!ShouldProcess($"service {Id}", $"Upload {Path} and build it")) return;
        ForTarget(Id, async token =>
        {
            var versionId = await VersionOfAsync(Id!, VersionId, token);
            return await source!.WithZipAsync(open => Platform.ManagedServices.UploadSourceCodeAsync(Id!, versionId, open, source.FileName,
                token));
        }, creates: true);
    }
}
