using System.Management.Automation;
using KipuHub.Client.Platform.Models;
using KipuHub.PowerShell.Completers;

namespace KipuHub.PowerShell.Cmdlets.Platform;

/// <summary>Takes a service version off the marketplace; one that is not published is ServiceConflict.</summary>
[Cmdlet(VerbsData.Unpublish, "QHubService",
    HelpUri = HelpUris.Base + "Unpublish-QHubService.md", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(CatalogServiceVersion))]
public sealed class UnpublishQHubServiceCommand : PlatformCmdletBase
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

    /// <summary>Skips the confirmation, for scripts and runbooks (never -WhatIf).</summary>
    [Parameter] public SwitchParameter Force { get; set; }

    protected override string ErrorNoun => "Service";

    protected override void ProcessRecord() => ForEachVersion(Id, VersionId, "Unpublish (subscribers can no longer call it)", Force,
        async (serviceId, versionId, token) =>
        await Platform.Services.UnpublishServiceAsync(serviceId, versionId, token));
}
